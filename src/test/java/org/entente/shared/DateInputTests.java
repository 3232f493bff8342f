package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTests {

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "27,3,2027,2027-03-27,false",
        "' 1','1 ','2026',2026-01-01,false",
        "31,2,2027,null,true",
        "x,3,2027,null,true",
        "1,1,27,null,true",
        "'','','',null,false",
        "1,'',2027,null,true"
      })
  void readsWhatWasTyped(String d, String m, String y, LocalDate expected, boolean invalid) {
    DateInput input = new DateInput(d, m, y);
    assertThat(input.toDate()).isEqualTo(expected);
    assertThat(input.isInvalid()).isEqualTo(invalid);
  }
}
