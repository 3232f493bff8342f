package org.entente.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.audit.FieldChange;
import org.entente.directory.AreaRef;
import org.entente.shared.ListLinks;
import org.entente.shared.Option;
import org.entente.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An area's audit trail for its administrators: every change, newest first. */
@Controller
class AuditTrailController {

  static final String AUDIT = "identity/audit";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Kinds of record an area's trail holds, in the order the filter offers them. */
  private static final List<String> RECORD_TYPES =
      List.of(
          "area",
          "organisation",
          "person",
          "partnership",
          "body",
          "body-guidance",
          "meeting",
          "action",
          "papers-rule",
          "user");

  /** An entry as the page shows it, with its time in UK time. */
  record Entry(
      ZonedDateTime when,
      String actor,
      String recordType,
      String record,
      String action,
      List<FieldChange> changes) {}

  private final AuditTrail trail;
  private final MessageSourceAccessor messages;

  AuditTrailController(AuditTrail trail, MessageSource messageSource) {
    this.trail = trail;
    this.messages = new MessageSourceAccessor(messageSource);
  }

  @GetMapping("/areas/{area}/admin/audit")
  String audit(
      AreaRef area,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    String recordType = type != null && RECORD_TYPES.contains(type) ? type : null;
    PageRequest pageRequest = PageRequest.of(page, null, null, null, Set.of("when"), "when");
    model.addAttribute(
        "entries", trail.forArea(area.id(), recordType, pageRequest).map(this::entry));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("type", recordType);
    model.addAttribute(
        "typeOptions", RECORD_TYPES.stream().map(t -> Option.of(t, typeLabel(t))).toList());
    return AUDIT;
  }

  private Entry entry(AuditRecord r) {
    return new Entry(
        r.occurredAt().atZone(LONDON),
        r.actor(),
        typeLabel(r.subjectType()),
        r.subjectLabel(),
        r.action(),
        r.changes());
  }

  private String typeLabel(String type) {
    return messages.getMessage("auditTrail.type." + type, type);
  }
}
