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
   * The actions raised at a body's meetings: how many of each status, and how many outstanding ones
   * are overdue.
   */
  record BodyActions(long open, long inProgress, long done, long dropped, long overdue) {

    public long count(ActionStatus status) {
      return switch (status) {
        case OPEN -> open;
        case IN_PROGRESS -> inProgress;
        case DONE -> done;
        case DROPPED -> dropped;
      };
    }

    public long total() {
      return open + inProgress + done + dropped;
    }

    public long outstanding() {
      return open + inProgress;
    }
  }

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

  /**
   * Counts the actions raised at the body's meetings held since a day, by status, with those
   * overdue as of today.
   *
   * @param from the first day (in London) of the period, or {@code null} for all its meetings
   */
  BodyActions ofBody(long areaId, long bodyId, LocalDate from, LocalDate today);
}
