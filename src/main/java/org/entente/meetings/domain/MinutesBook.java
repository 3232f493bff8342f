package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entente.audit.AuditEvent;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.MeetingStatus;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.Minutes;
import org.entente.meetings.MinutesView;
import org.entente.meetings.PapersState;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class MinutesBook implements Minutes {

  private final MinutesRepository minutes;
  private final MeetingRepository meetings;
  private final Structure structure;
  private final ApplicationEventPublisher events;

  MinutesBook(
      MinutesRepository minutes,
      MeetingRepository meetings,
      Structure structure,
      ApplicationEventPublisher events) {
    this.minutes = minutes;
    this.meetings = meetings;
    this.structure = structure;
    this.events = events;
  }

  @Override
  public Optional<MinutesView> of(long areaId, long meetingId) {
    return minutes
        .findByAreaIdAndMeetingId(areaId, meetingId)
        .map(
            m -> {
              Instant approvedAt =
                  m.approvedAtMeetingId == null
                      ? null
                      : meetings
                          .findByAreaIdAndId(areaId, m.approvedAtMeetingId)
                          .map(x -> x.startsAt)
                          .orElse(null);
              return new MinutesView(
                  m.meetingId,
                  m.version,
                  m.text,
                  m.status,
                  m.approvedAtMeetingId,
                  approvedAt,
                  m.publishedOn,
                  m.draftedBy);
            });
  }

  @Override
  @Transactional
  public void draft(long areaId, long meetingId, Integer version, String text, String by) {
    Meeting meeting = meeting(areaId, meetingId);
    if (meeting.status != MeetingStatus.SCHEDULED) {
      throw new IllegalStateException("meeting " + meetingId + " is " + meeting.status);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("minutes need some text");
    }
    Optional<MeetingMinutes> existing = minutes.findByAreaIdAndMeetingId(areaId, meetingId);
    if (existing.isEmpty()) {
      if (version != null) {
        throw new StaleEditException("minutes of meeting " + meetingId);
      }
      MeetingMinutes m =
          minutes.save(MeetingMinutes.draft(areaId, meetingId, text, by, Instant.now()));
      audit(meeting, "minutes-drafted", Map.of(), snapshot(m));
      return;
    }
    change(meeting, existing.get(), version, "minutes-revised", m -> m.revise(text, by));
  }

  @Override
  public List<MeetingSummary> approvalMeetings(long areaId, long meetingId) {
    Meeting meeting = meeting(areaId, meetingId);
    Instant now = Instant.now();
    LocalDate today = LondonTime.today();
    String bodyName = structure.body(areaId, meeting.bodyId).map(BodyView::name).orElse(null);
    return meetings.findByAreaIdAndBodyIdOrderByStartsAtAsc(areaId, meeting.bodyId).stream()
        .filter(m -> m.startsAt.isAfter(meeting.startsAt))
        .filter(m -> m.status == MeetingStatus.SCHEDULED && !m.startsAt.isAfter(now))
        .map(
            m ->
                new MeetingSummary(
                    m.id,
                    m.partnershipId,
                    m.bodyId,
                    bodyName,
                    m.startsAt,
                    m.place,
                    m.status,
                    m.papersDueOn,
                    0,
                    PapersState.NONE))
        .toList();
  }

  @Override
  @Transactional
  public void approve(long areaId, long meetingId, int version, long atMeetingId) {
    Meeting meeting = meeting(areaId, meetingId);
    if (approvalMeetings(areaId, meetingId).stream().noneMatch(m -> m.id() == atMeetingId)) {
      throw new IllegalArgumentException("not a later meeting of the same body");
    }
    change(
        meeting, load(areaId, meetingId), version, "minutes-approved", m -> m.approve(atMeetingId));
  }

  @Override
  @Transactional
  public void publish(long areaId, long meetingId, int version) {
    Meeting meeting = meeting(areaId, meetingId);
    change(
        meeting,
        load(areaId, meetingId),
        version,
        "minutes-published",
        m -> m.publish(LondonTime.today()));
  }

  // --- internals

  private void change(
      Meeting meeting,
      MeetingMinutes m,
      Integer version,
      String action,
      Consumer<MeetingMinutes> edit) {
    if (version == null || m.version.intValue() != version) {
      throw new StaleEditException("minutes of meeting " + meeting.id);
    }
    Map<String, String> before = snapshot(m);
    edit.accept(m);
    try {
      minutes.save(m);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException("minutes of meeting " + meeting.id);
    }
    audit(meeting, action, before, snapshot(m));
  }

  private MeetingMinutes load(long areaId, long meetingId) {
    return minutes
        .findByAreaIdAndMeetingId(areaId, meetingId)
        .orElseThrow(() -> new NotFoundException("minutes of meeting " + meetingId));
  }

  private Meeting meeting(long areaId, long meetingId) {
    return meetings
        .findByAreaIdAndId(areaId, meetingId)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  private Map<String, String> snapshot(MeetingMinutes m) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("minutes", m.text);
    s.put("minutesStatus", m.status.name());
    s.put(
        "minutesApprovedAt",
        m.approvedAtMeetingId == null
            ? null
            : meetings
                .findById(m.approvedAtMeetingId)
                .map(x -> x.startsAt.atZone(LondonTime.ZONE).toLocalDate().toString())
                .orElse(null));
    s.put("minutesPublishedOn", m.publishedOn == null ? null : m.publishedOn.toString());
    return s;
  }

  private void audit(
      Meeting m, String action, Map<String, String> before, Map<String, String> after) {
    String bodyName = structure.body(m.areaId, m.bodyId).map(BodyView::name).orElse("meeting");
    LocalDate day = m.startsAt.atZone(LondonTime.ZONE).toLocalDate();
    events.publishEvent(
        new AuditEvent(
            m.areaId,
            "meeting",
            m.id,
            bodyName + ", " + day,
            action,
            AuditEvent.changesBetween(before, after)));
  }
}
