package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.identity.FirstAdministrator.Decision;
import org.entente.identity.FirstAdministrator.Settings;
import org.junit.jupiter.api.Test;

/** When a start creates the first administrator, and what it says when the settings are wrong. */
class FirstAdministratorSettingsTest {

  private static final Settings COMPLETE =
      new Settings(
          "north-shire", "North Shire", "chief", "chief@example.org", "a secret of 22 chars", null);

  @Test
  void createsOnlyWhenNoAccountsExistAndEverySettingIsGiven() {
    assertThat(FirstAdministrator.decide(COMPLETE, false)).isEqualTo(Decision.CREATE);
    assertThat(FirstAdministrator.decide(COMPLETE, true)).isEqualTo(Decision.NOTHING);
    Settings none = new Settings(null, null, null, null, null, null);
    assertThat(FirstAdministrator.decide(none, false)).isEqualTo(Decision.NOTHING);
  }

  @Test
  void refusesIncompleteSettingsNamingWhatIsMissing() {
    Settings noEmail =
        new Settings("north-shire", "North Shire", "chief", " ", "a secret of 22 chars", null);
    assertThat(FirstAdministrator.decide(noEmail, false)).isEqualTo(Decision.REFUSE);
    assertThat(noEmail.missing()).containsExactly("ENTENTE_BOOTSTRAP_ADMIN_EMAIL");
  }

  @Test
  void refusesBadValuesWithoutRepeatingThePassword() {
    Settings bad =
        new Settings("North Shire", "North Shire", "chief admin", "chief", "short", "Chief");
    assertThat(FirstAdministrator.decide(bad, false)).isEqualTo(Decision.REFUSE);
    assertThat(bad.problems())
        .hasSize(4)
        .anyMatch(p -> p.startsWith("ENTENTE_BOOTSTRAP_AREA_SLUG"))
        .anyMatch(p -> p.startsWith("ENTENTE_BOOTSTRAP_ADMIN_USERNAME"))
        .anyMatch(p -> p.startsWith("ENTENTE_BOOTSTRAP_ADMIN_EMAIL"))
        .anyMatch(p -> p.startsWith("ENTENTE_BOOTSTRAP_ADMIN_PASSWORD"))
        .noneMatch(p -> p.contains("short"));
  }
}
