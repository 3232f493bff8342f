package org.entente.performance;

import java.util.List;

/** What a person enters for an outcome of the community strategy. */
public record OutcomeDetails(
    long themeId, String title, String description, long leadId, List<Long> contributorIds) {

  public OutcomeDetails {
    contributorIds =
        contributorIds == null
            ? List.of()
            : contributorIds.stream().filter(c -> c != leadId).distinct().toList();
  }
}
