package org.entente.partnership;

import java.util.List;

/** The least a partnership needs, for tests that make their own. */
public final class TestPartnerships {

  private TestPartnerships() {}

  /** An informal, co-operative delivery group, forming, county-wide, with nothing else set. */
  public static PartnershipDetails minimal(String name, String purpose, boolean restricted) {
    return new PartnershipDetails(
        name,
        null,
        purpose,
        Formality.INFORMAL_COLLABORATION,
        CollaborationLevel.COOPERATION,
        TypologyFunction.DELIVERY,
        LifecycleStage.FORMING,
        false,
        null,
        PartnershipStatus.ACTIVE,
        Geography.COUNTY_WIDE,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        restricted);
  }
}
