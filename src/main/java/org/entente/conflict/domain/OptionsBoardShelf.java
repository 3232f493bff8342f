package org.entente.conflict.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.conflict.Boards;
import org.entente.conflict.exchange.DramaExchange;
import org.entente.conflict.exchange.DramaModelDocument;
import org.entente.conflict.exchange.DramaModelException;
import org.entente.conflict.exchange.DramaProblem;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class OptionsBoardShelf implements Boards {

  private final OptionsBoardRepository boards;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  OptionsBoardShelf(
      OptionsBoardRepository boards, JsonMapper json, ApplicationEventPublisher events) {
    this.boards = boards;
    this.json = json;
    this.events = events;
  }

  @Override
  public List<BoardSummary> ofPartnership(long areaId, long partnershipId) {
    return boards
        .findByAreaIdAndPartnershipIdOrderByUpdatedAtDescIdDesc(areaId, partnershipId)
        .stream()
        .map(
            b ->
                new BoardSummary(
                    b.id,
                    b.partnershipId,
                    b.title,
                    b.description,
                    b.version,
                    b.updatedAt,
                    b.updatedBy))
        .toList();
  }

  @Override
  public Optional<BoardView> board(long areaId, long partnershipId, long boardId) {
    return boards
        .findByAreaIdAndPartnershipIdAndId(areaId, partnershipId, boardId)
        .map(
            b ->
                new BoardView(
                    b.id,
                    b.partnershipId,
                    b.title,
                    b.description,
                    b.version,
                    json.readValue(b.model, DramaModelDocument.class),
                    b.createdAt,
                    b.updatedAt,
                    b.updatedBy));
  }

  @Override
  @Transactional
  public long create(long areaId, long partnershipId, BoardDetails details, String by) {
    String model = wellFormed(details.model());
    OptionsBoard b = new OptionsBoard();
    b.areaId = areaId;
    b.partnershipId = partnershipId;
    b.createdAt = Instant.now();
    fill(b, details, model, by);
    b = boards.save(b);
    audit(b, "created", Map.of());
    return b.id;
  }

  @Override
  @Transactional
  public void update(
      long areaId, long partnershipId, long boardId, int version, BoardDetails details, String by) {
    OptionsBoard b = find(areaId, partnershipId, boardId);
    if (b.version != version) {
      throw new StaleEditException("options board " + boardId);
    }
    String model = wellFormed(details.model());
    Map<String, String> before = snapshot(b);
    fill(b, details, model, by);
    try {
      boards.save(b);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException("options board " + boardId);
    }
    audit(b, "updated", before);
  }

  @Override
  @Transactional
  public void delete(long areaId, long partnershipId, long boardId, int version) {
    OptionsBoard b = find(areaId, partnershipId, boardId);
    if (b.version != version) {
      throw new StaleEditException("options board " + boardId);
    }
    Map<String, String> before = snapshot(b);
    boards.delete(b);
    events.publishEvent(
        new AuditEvent(
            b.areaId,
            "options board",
            b.id,
            label(b),
            "deleted",
            AuditEvent.changesBetween(Map.of(), before)));
  }

  private OptionsBoard find(long areaId, long partnershipId, long boardId) {
    return boards
        .findByAreaIdAndPartnershipIdAndId(areaId, partnershipId, boardId)
        .orElseThrow(() -> new NotFoundException("options board " + boardId));
  }

  /** The model as JSON, once it is known to be well formed. */
  private String wellFormed(DramaModelDocument model) {
    List<DramaProblem> problems = DramaExchange.problems(model, false);
    if (!problems.isEmpty()) {
      throw new DramaModelException(problems);
    }
    return json.writeValueAsString(model);
  }

  private static void fill(OptionsBoard b, BoardDetails details, String model, String by) {
    if (details.title() == null || details.title().isBlank()) {
      throw new IllegalArgumentException("an options board needs a title");
    }
    b.title = details.title().strip();
    b.description =
        details.description() == null || details.description().isBlank()
            ? null
            : details.description().strip();
    b.model = model;
    b.updatedAt = Instant.now();
    b.updatedBy = by;
  }

  private static Map<String, String> snapshot(OptionsBoard b) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("title", b.title);
    s.put("description", b.description);
    s.put("model", b.model);
    return s;
  }

  private static String label(OptionsBoard b) {
    return b.title.length() > 300 ? b.title.substring(0, 297) + "..." : b.title;
  }

  private void audit(OptionsBoard b, String action, Map<String, String> before) {
    events.publishEvent(
        new AuditEvent(
            b.areaId,
            "options board",
            b.id,
            label(b),
            action,
            AuditEvent.changesBetween(before, snapshot(b))));
  }
}
