package org.entente.assessment;

import java.util.Map;

/**
 * One respondent's answers in a round, with the sector and the organisation they answer for. Items
 * missing from {@code answers} were not answered. The respondent key only tells respondents apart;
 * it never appears in results.
 */
public record Response(
    String respondent, String sector, String organisation, Map<String, Answer> answers) {

  public Response {
    if (respondent == null || respondent.isBlank()) {
      throw new IllegalArgumentException("a response needs a respondent key");
    }
    if (sector == null || sector.isBlank()) {
      throw new IllegalArgumentException("response " + respondent + " needs a sector");
    }
    if (organisation == null || organisation.isBlank()) {
      throw new IllegalArgumentException("response " + respondent + " needs an organisation");
    }
    answers = Map.copyOf(answers);
  }
}
