package org.entente.partnership;

/** The register's filters; {@code null} means any. */
public record PartnershipFilter(
    String text,
    Formality formality,
    TypologyFunction typologyFunction,
    CollaborationLevel collaborationLevel,
    LifecycleStage lifecycleStage,
    Boolean significant,
    PartnershipStatus status,
    Long accountableBodyId,
    Long themeId) {

  public static PartnershipFilter none() {
    return new PartnershipFilter(null, null, null, null, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return this.equals(none())
        || (text != null
            && text.isBlank()
            && new PartnershipFilter(
                    null,
                    formality,
                    typologyFunction,
                    collaborationLevel,
                    lifecycleStage,
                    significant,
                    status,
                    accountableBodyId,
                    themeId)
                .equals(none()));
  }
}
