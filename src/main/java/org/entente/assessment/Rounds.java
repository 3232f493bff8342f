package org.entente.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/**
 * Running health-check rounds: setting one up as a draft, inviting its respondents by email,
 * reminding them, closing it; and each respondent's answers, reached through their personal link.
 */
public interface Rounds {

  Set<String> SORT_KEYS = Set.of("closesOn", "partnership", "instrument", "state", "created");

  /** Which rounds a list shows; any field may be {@code null} for all. */
  record RoundFilter(Long partnershipId, String instrumentKey, RoundState state) {}

  /** What an officer chooses for a round before starting it. */
  record Draft(
      String instrumentKey,
      int instrumentVersion,
      List<Long> bodyIds,
      String extraEmails,
      LocalDate closesOn,
      boolean anonymous,
      int minimumGroupSize) {

    public Draft {
      bodyIds = bodyIds == null ? List.of() : List.copyOf(bodyIds);
    }
  }

  /**
   * Who a draft would invite, and the seat holders it cannot because they have no email address.
   */
  record Invitees(List<Invitee> invited, List<String> withoutEmail, List<String> badEmails) {}

  Page<RoundSummary> search(
      long areaId, Collection<Long> partnershipIds, RoundFilter filter, PageRequest page);

  Optional<HealthCheckRound> round(long areaId, long roundId);

  /** Starts a draft round with an instrument's version; returns its id. */
  long draft(long areaId, long partnershipId, Draft draft, String by);

  /** Saves what was chosen for a draft; a stale version fails and saves nothing. */
  void saveDraft(long areaId, long roundId, int version, Draft draft);

  /** Throws a draft away. */
  void discardDraft(long areaId, long roundId, int version);

  /** Who would be invited: the current members of the chosen bodies and the typed addresses. */
  Invitees invitees(long areaId, long partnershipId, List<Long> bodyIds, String extraEmails);

  /**
   * Opens a draft: creates every respondent with a personal link and emails each of them. All or
   * nothing: when a check fails ({@link RoundRefusedException}) or the mail server refuses, nothing
   * is written.
   */
  void start(long areaId, long roundId, int version, String by);

  /** Creates and starts a round in one step, as the API does; returns its id. */
  long startNow(long areaId, long partnershipId, Draft draft, String by);

  RoundCounts counts(long roundId);

  List<RespondentStatus> respondents(long areaId, long roundId);

  /** Emails a reminder to every respondent who has not finished; returns how many were sent. */
  int remind(long areaId, long roundId, String by);

  void close(long areaId, long roundId, int version, String by);

  /** Moves the closing date of an open round later. */
  void extend(long areaId, long roundId, int version, LocalDate closesOn, String by);

  /** What the holder of a personal link sees, or nothing for a token that is not one. */
  Optional<Questionnaire> questionnaire(String token);

  /**
   * Replaces a respondent's answers with these; with {@code submit} marks them finished (answers
   * can still change until the round closes).
   *
   * @throws RoundClosedException when the round is closed
   * @throws org.entente.shared.StaleEditException when {@code version} is not the current one
   * @throws AnswerRefusedException for an item or a value the instrument does not have
   */
  Questionnaire answer(String token, int version, Map<String, Answer> answers, boolean submit);
}
