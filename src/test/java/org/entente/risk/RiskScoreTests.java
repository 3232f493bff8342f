package org.entente.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScoreTests {

  @ParameterizedTest(name = "likelihood {0} x impact {1} = {2}, {3}")
  @CsvSource({
    "1, 1, 1, GREEN",
    "1, 5, 5, GREEN",
    "2, 3, 6, GREEN",
    "2, 4, 8, AMBER",
    "3, 3, 9, AMBER",
    "3, 4, 12, AMBER",
    "2, 5, 10, AMBER",
    "3, 5, 15, RED",
    "4, 4, 16, RED",
    "5, 5, 25, RED",
  })
  void theScoreIsLikelihoodTimesImpactBandedAt8And15(
      int likelihood, int impact, int score, RiskBand band) {
    RiskScore r = new RiskScore(likelihood, impact);
    assertThat(r.score()).isEqualTo(score);
    assertThat(r.band(RiskBanding.DEFAULT)).isEqualTo(band);
  }

  @Test
  void bandsCanBeSetPerRegisterWithinSense() {
    assertThat(new RiskScore(3, 4).band(new RiskBanding(12, 6))).isEqualTo(RiskBand.RED);
    assertThatThrownBy(() -> new RiskBanding(8, 15))
        .hasMessage("Bands need 2 <= amber start < red start <= 25, not amber 15 and red 8.");
    assertThatThrownBy(() -> new RiskScore(0, 3))
        .hasMessage("Likelihood and impact must each be between 1 and 5.");
    assertThatThrownBy(() -> new RiskScore(3, 6))
        .hasMessage("Likelihood and impact must each be between 1 and 5.");
  }
}
