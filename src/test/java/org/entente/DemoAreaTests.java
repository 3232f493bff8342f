package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoAreaTests {

  @ParameterizedTest(name = "load={0}, embedded={1}, no areas={2}, demo there={3} -> {4}")
  @CsvSource({
    "auto,  true,  true,  false, true",
    "auto,  true,  false, false, false",
    "auto,  true,  false, true,  false",
    "auto,  false, true,  false, false",
    "true,  false, true,  false, true",
    "true,  false, false, false, true",
    "true,  true,  false, true,  false",
    "false, true,  true,  false, false",
  })
  void loadsOnlyIntoANewEmbeddedDatabaseOrWhenAskedFor(
      String load, boolean embedded, boolean noAreas, boolean demoExists, boolean expected) {
    assertThat(DemoArea.wanted(load, embedded, noAreas, demoExists)).isEqualTo(expected);
  }
}
