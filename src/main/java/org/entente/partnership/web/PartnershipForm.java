package org.entente.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.Formality;
import org.entente.partnership.Geography;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnershipDetails;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.TypologyFunction;
import org.entente.shared.DateInput;

/** The create and edit form of a partnership, as typed. */
record PartnershipForm(
    @NotBlank(message = "{error.name.required}") @Size(max = 200, message = "{error.name.tooLong}")
        String name,
    @Size(max = 40, message = "{error.shortName.tooLong}") String shortName,
    @NotBlank(message = "{error.purpose.required}") String purpose,
    @NotNull(message = "{error.formality.required}") Formality formality,
    @NotNull(message = "{error.collaborationLevel.required}") CollaborationLevel collaborationLevel,
    @NotNull(message = "{error.typologyFunction.required}") TypologyFunction typologyFunction,
    @NotNull(message = "{error.lifecycleStage.required}") LifecycleStage lifecycleStage,
    String stageReason,
    Boolean significant,
    String statutoryBasis,
    @NotNull(message = "{error.status.required}") PartnershipStatus status,
    @NotNull(message = "{error.geography.required}") Geography geography,
    String geographyDetail,
    Long accountableBodyId,
    Long leadOfficerId,
    List<Long> portfolioHolderIds,
    Long parentId,
    Long themeId,
    DateInput startDate,
    DateInput endDate,
    DateInput reviewDate,
    String justification,
    String terminationArrangements,
    Boolean restricted,
    Integer version) {

  static PartnershipForm empty() {
    return new PartnershipForm(
        null,
        null,
        null,
        null,
        null,
        null,
        LifecycleStage.FORMING,
        null,
        false,
        null,
        PartnershipStatus.ACTIVE,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        DateInput.of(null),
        DateInput.of(null),
        DateInput.of(null),
        null,
        null,
        false,
        null);
  }

  static PartnershipForm of(PartnershipView v) {
    PartnershipDetails d = v.details();
    return new PartnershipForm(
        d.name(),
        d.shortName(),
        d.purpose(),
        d.formality(),
        d.collaborationLevel(),
        d.typologyFunction(),
        d.lifecycleStage(),
        null,
        d.significant(),
        d.statutoryBasis(),
        d.status(),
        d.geography(),
        d.geographyDetail(),
        d.accountableBodyId(),
        d.leadOfficerId(),
        d.portfolioHolderIds(),
        d.parentId(),
        d.themeId(),
        DateInput.of(d.startDate()),
        DateInput.of(d.endDate()),
        DateInput.of(d.reviewDate()),
        d.justification(),
        d.terminationArrangements(),
        d.restricted(),
        v.version());
  }

  PartnershipDetails toDetails() {
    return new PartnershipDetails(
        name,
        shortName,
        purpose,
        formality,
        collaborationLevel,
        typologyFunction,
        lifecycleStage,
        Boolean.TRUE.equals(significant),
        statutoryBasis,
        status,
        geography,
        geographyDetail,
        accountableBodyId,
        leadOfficerId,
        portfolioHolderIds,
        parentId,
        themeId,
        date(startDate),
        date(endDate),
        date(reviewDate),
        justification,
        terminationArrangements,
        Boolean.TRUE.equals(restricted));
  }

  private static java.time.LocalDate date(DateInput input) {
    return input == null ? null : input.toDate();
  }
}
