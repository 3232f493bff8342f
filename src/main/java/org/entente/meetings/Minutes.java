package org.entente.meetings;

import java.util.List;
import java.util.Optional;

/** The minutes of each meeting: drafted, approved at the body's next meeting, then published. */
public interface Minutes {

  Optional<MinutesView> of(long areaId, long meetingId);

  /**
   * Writes the first draft, or changes the draft.
   *
   * @param version the version of the draft being changed, {@code null} for a first draft
   * @throws IllegalStateException if the meeting is cancelled or the minutes are already approved
   * @throws org.entente.shared.StaleEditException if someone else saved them first
   */
  void draft(long areaId, long meetingId, Integer version, String text, String by);

  /**
   * The meetings at which this meeting's minutes can be approved: later meetings of the same body,
   * not cancelled and already started, the earliest first.
   */
  List<MeetingSummary> approvalMeetings(long areaId, long meetingId);

  /**
   * Records that the draft was approved at a later meeting of the same body.
   *
   * @throws IllegalArgumentException if that meeting is not one of {@link #approvalMeetings}
   * @throws IllegalStateException if the minutes are not a draft
   */
  void approve(long areaId, long meetingId, int version, long atMeetingId);

  /**
   * Publishes approved minutes, dated today in London.
   *
   * @throws IllegalStateException unless the minutes are approved
   */
  void publish(long areaId, long meetingId, int version);
}
