package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTests {

  @ParameterizedTest(name = "page {0} of {1} pages links to {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1;1;1",
        "1;3;1,2,3",
        "1;10;1,2,_,10",
        "5;10;1,_,4,5,6,_,10",
        "10;10;1,_,9,10",
        "2;10;1,2,3,_,10"
      })
  void linksToFirstLastAndNeighbours(int current, int pages, String expected) {
    Page<String> page = new Page<>(List.of(), current, 10, pages * 10L);
    List<Integer> want =
        Arrays.stream(expected.split(","))
            .map(s -> s.equals("_") ? null : Integer.valueOf(s))
            .toList();
    assertThat(page.pageLinks()).isEqualTo(want);
  }

  @Test
  void describesTheRangeShown() {
    Page<String> page = new Page<>(List.of("a"), 3, 20, 41);
    assertThat(page.firstItem()).isEqualTo(41);
    assertThat(page.lastItem()).isEqualTo(41);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.hasNext()).isFalse();
    assertThat(new Page<>(List.of(), 1, 20, 0).firstItem()).isZero();
  }

  @Test
  void requestFallsBackToDefaultSortAndClampsSize() {
    PageRequest r = PageRequest.of(0, 1000, "password", "desc", Set.of("name"), "name");
    assertThat(r.sort()).isEqualTo("name");
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.size()).isEqualTo(PageRequest.MAX_SIZE);
    assertThat(r.direction()).isEqualTo("desc");
  }
}
