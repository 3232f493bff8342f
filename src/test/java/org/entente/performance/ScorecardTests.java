package org.entente.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTests {

  /** Signals written as letters: R, A, G and - for grey. */
  private static List<Scorecard.Signal> signals(String letters) {
    List<Scorecard.Signal> out = new ArrayList<>();
    for (char c : (letters == null ? "" : letters).toCharArray()) {
      Rag rag =
          switch (c) {
            case 'R' -> Rag.RED;
            case 'A' -> Rag.AMBER;
            case 'G' -> Rag.GREEN;
            default -> Rag.GREY;
          };
      out.add(new Scorecard.Signal("signal " + out.size(), rag, null));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} rolls up to {1}, driven by {2}")
  @CsvSource({
    "'', GREY, ''",
    "--, GREY, --",
    "G, GREEN, G",
    "GG-, GREEN, GG",
    "R, RED, R",
    "RGG, RED, R",
    "RGGG, AMBER, R",
    "RRGGGG, RED, RR",
    "AGG, AMBER, A",
    "AGGG, GREEN, GGG",
    "AAGGGG, AMBER, AA",
    "RAGGGGGG, AMBER, RA",
    "R--, RED, R",
    "A-, AMBER, A",
  })
  void aPerspectiveTakesItsColourFromWhatItHolds(String letters, Rag expected, String drivers) {
    Scorecard.Outcome outcome = Scorecard.rollUp(signals(letters));
    assertThat(outcome.rag()).isEqualTo(expected);
    StringBuilder driving = new StringBuilder();
    for (Scorecard.Signal s : outcome.drivers()) {
      driving.append(s.rag() == Rag.GREY ? '-' : s.rag().name().charAt(0));
    }
    assertThat(driving.toString()).isEqualTo(drivers == null ? "" : drivers);
    assertThat(outcome.signals()).hasSize(letters == null ? 0 : letters.length());
  }
}
