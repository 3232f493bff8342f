package org.entente.meetings.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.audit.FieldChange;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.MeetingStatus;
import org.entente.meetings.PaperRefusedException;
import org.entente.meetings.PaperView;
import org.entente.meetings.Papers;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

@Service
@Transactional(readOnly = true)
class PaperShelf implements Papers {

  static final int TITLE_MAX = 300;
  static final int REASON_MAX = 1000;
  private static final int NAME_MAX = 200;

  private final PaperRepository papers;
  private final MeetingRepository meetings;
  private final Structure structure;
  private final DatabasePaperStore database;
  private final DiskPaperStore disk;
  private final PaperStorage storage;
  private final long maxSize;
  private final ApplicationEventPublisher events;

  PaperShelf(
      PaperRepository papers,
      MeetingRepository meetings,
      Structure structure,
      DatabasePaperStore database,
      DiskPaperStore disk,
      @Value("${entente.papers.storage:database}") String storage,
      @Value("${entente.papers.max-size:20MB}") DataSize maxSize,
      ApplicationEventPublisher events) {
    this.papers = papers;
    this.meetings = meetings;
    this.structure = structure;
    this.database = database;
    this.disk = disk;
    this.storage = PaperStorage.valueOf(storage.trim().toUpperCase(Locale.ROOT));
    this.maxSize = maxSize.toBytes();
    this.events = events;
  }

  @Override
  public long maxSize() {
    return maxSize;
  }

  @Override
  @Transactional
  public long attach(
      long areaId,
      long meetingId,
      PaperDetails details,
      String fileName,
      InputStream content,
      String by)
      throws IOException {
    Meeting meeting = meeting(areaId, meetingId);
    if (meeting.status != MeetingStatus.SCHEDULED) {
      throw new IllegalStateException("meeting " + meetingId + " is " + meeting.status);
    }
    if (details.title() == null
        || details.title().isBlank()
        || details.title().trim().length() > TITLE_MAX) {
      throw new IllegalArgumentException("a paper needs a title of at most " + TITLE_MAX);
    }
    if (details.agendaItemId() != null && meeting.agendaItem(details.agendaItemId()).isEmpty()) {
      throw new IllegalArgumentException("not an item of this meeting's agenda");
    }
    String name = safeName(fileName);
    Path temp = Files.createTempFile("entente-paper-", ".upload");
    try {
      long size = copyAtMost(content, temp, maxSize);
      if (size == 0) {
        throw new PaperRefusedException(PaperRefusedException.Reason.EMPTY, name);
      }
      PaperFormat format;
      try (InputStream in = Files.newInputStream(temp)) {
        format =
            PaperFormat.detect(name, in)
                .orElseThrow(
                    () -> new PaperRefusedException(PaperRefusedException.Reason.TYPE, name));
      }
      Paper paper =
          papers.save(
              Paper.attach(
                  areaId,
                  meetingId,
                  details.agendaItemId(),
                  details.title(),
                  name,
                  format,
                  size,
                  storage,
                  details.exempt(),
                  details.exemptReason(),
                  LondonTime.today(),
                  Instant.now(),
                  by));
      store(paper).put(paper.id, paper.storageKey, temp, size);
      audit(
          meeting,
          "paper-attached",
          List.of(new FieldChange("paper", null, describe(paper, meeting))));
      return paper.id;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public List<PaperView> ofMeeting(long areaId, long meetingId) {
    Optional<Meeting> meeting = meetings.findByAreaIdAndId(areaId, meetingId);
    if (meeting.isEmpty()) {
      return List.of();
    }
    return papers.findByAreaIdAndMeetingIdOrderByAttachedAtAscIdAsc(areaId, meetingId).stream()
        .map(p -> view(p, meeting.get()))
        .toList();
  }

  @Override
  public Optional<PaperView> paper(long areaId, long paperId) {
    return papers
        .findByAreaIdAndId(areaId, paperId)
        .map(p -> view(p, meeting(areaId, p.meetingId)));
  }

  @Override
  public void copyContent(long areaId, long paperId, OutputStream out) throws IOException {
    Paper p =
        papers
            .findByAreaIdAndId(areaId, paperId)
            .orElseThrow(() -> new NotFoundException("paper " + paperId));
    store(p).copy(p.id, p.storageKey, out);
  }

  @Override
  @Transactional
  public void changeExemption(
      long areaId, long paperId, int version, boolean exempt, String reason) {
    Paper p =
        papers
            .findByAreaIdAndId(areaId, paperId)
            .orElseThrow(() -> new NotFoundException("paper " + paperId));
    if (p.version != version) {
      throw new StaleEditException("paper " + paperId);
    }
    if (reason != null && reason.trim().length() > REASON_MAX) {
      throw new IllegalArgumentException("reason too long");
    }
    Meeting meeting = meeting(areaId, p.meetingId);
    String before = exemption(p);
    p.setExemption(exempt, reason);
    try {
      papers.save(p);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException("paper " + paperId);
    }
    audit(
        meeting,
        "paper-exemption-changed",
        List.of(new FieldChange("exempt: " + p.title, before, exemption(p))));
  }

  @Override
  @Transactional
  public void withdraw(long areaId, long paperId, String by) {
    Paper p =
        papers
            .findByAreaIdAndId(areaId, paperId)
            .orElseThrow(() -> new NotFoundException("paper " + paperId));
    Meeting meeting = meeting(areaId, p.meetingId);
    papers.delete(p);
    store(p).delete(p.id, p.storageKey);
    audit(
        meeting, "paper-withdrawn", List.of(new FieldChange("paper", describe(p, meeting), null)));
  }

  // --- internals

  private PaperStore store(Paper p) {
    return p.storage == PaperStorage.DISK ? disk : database;
  }

  private Meeting meeting(long areaId, long meetingId) {
    return meetings
        .findByAreaIdAndId(areaId, meetingId)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  private PaperView view(Paper p, Meeting m) {
    Map<Long, Meeting.AgendaItem> items =
        m.agenda.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
    Meeting.AgendaItem item = p.agendaItemId == null ? null : items.get(p.agendaItemId);
    return new PaperView(
        p.id,
        p.areaId,
        p.meetingId,
        p.agendaItemId,
        item == null ? null : item.position + ". " + item.title,
        p.title,
        p.fileName,
        p.contentType,
        p.sizeBytes,
        p.publishedOn,
        p.attachedBy,
        p.exempt,
        p.exemptReason,
        p.publishedOn.isAfter(m.papersDueOn),
        p.version);
  }

  /**
   * Copies the upload into the temporary file, refusing it as soon as it grows past the limit,
   * whatever the request claimed its size was.
   */
  static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          throw new PaperRefusedException(
              PaperRefusedException.Reason.TOO_LARGE, "more than " + limit + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  /**
   * The last part of the name the browser sent, without control characters or path separators,
   * shortened from the front so the extension stays.
   */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > NAME_MAX) {
      name = name.substring(name.length() - NAME_MAX);
    }
    return name.isEmpty() ? "paper" : name;
  }

  private String describe(Paper p, Meeting m) {
    return p.title
        + " ("
        + p.fileName
        + ", published "
        + p.publishedOn
        + (p.publishedOn.isAfter(m.papersDueOn) ? ", late" : "")
        + (p.exempt ? ", exempt: " + p.exemptReason : "")
        + ")";
  }

  private static String exemption(Paper p) {
    return p.exempt ? "exempt: " + p.exemptReason : "not exempt";
  }

  private void audit(Meeting m, String action, List<FieldChange> changes) {
    String bodyName = structure.body(m.areaId, m.bodyId).map(BodyView::name).orElse("meeting");
    LocalDate day = m.startsAt.atZone(LondonTime.ZONE).toLocalDate();
    events.publishEvent(
        new AuditEvent(m.areaId, "meeting", m.id, bodyName + ", " + day, action, changes));
  }
}
