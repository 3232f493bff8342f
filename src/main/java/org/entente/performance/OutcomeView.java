package org.entente.performance;

/** An outcome of the community strategy as it is now. */
public record OutcomeView(long id, long areaId, OutcomeDetails details, int version) {

  public String title() {
    return details.title();
  }

  public long themeId() {
    return details.themeId();
  }

  public long leadId() {
    return details.leadId();
  }
}
