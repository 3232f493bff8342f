package org.entente.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** Actions raised by a partnership, at a meeting or outside one, and how they are going. */
public interface Actions {

  Set<String> SORT_KEYS = Set.of("dueOn", "status", "description");

  record ActionDetails(String description, long ownerId, LocalDate dueOn) {}

  /** Which actions a list shows. */
  enum Show {
    OUTSTANDING,
    OVERDUE,
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED,
    ALL
  }

  record ActionFilter(Show show, Long partnershipId) {}

  /** Outstanding and overdue actions, for the area's home page. */
  record Counts(long outstanding, long overdue) {}

  /**
   * Raises an action for a partnership, at one of its meetings or not.
   *
   * @throws IllegalArgumentException if the owner is not one of the area's people, or the meeting
   *     is not the partnership's
   */
  long raise(long areaId, long partnershipId, Long meetingId, ActionDetails details);

  Optional<ActionView> action(long areaId, long actionId);

  List<ActionSummary> ofMeeting(long areaId, long meetingId, LocalDate today);

  /** Sets the action's status and adds a progress note, when there is one. */
  void progress(
      long areaId, long actionId, int version, ActionStatus status, String note, String by);

  /** Actions of the given partnerships, filtered and paged. */
  Page<ActionSummary> search(
      long areaId,
      Collection<Long> partnershipIds,
      ActionFilter filter,
      LocalDate today,
      PageRequest page);

  Counts counts(long areaId, Collection<Long> partnershipIds, LocalDate today);

  /**
   * Open and in-progress actions of every partnership of the area falling due from {@code from} to
   * {@code to}, both included, earliest first; {@code overdue} as of {@code today}.
   */
  List<ActionSummary> outstandingDueBetween(
      long areaId, LocalDate from, LocalDate to, LocalDate today);
}
