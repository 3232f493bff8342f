package org.entente.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.entente.directory.AreaRef;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.PaperRefusedException;
import org.entente.meetings.PaperView;
import org.entente.meetings.Papers;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The papers of a meeting: attach, download, mark exempt or not, withdraw. */
@Controller
@RequestMapping("/areas/{area}/partnerships/{pid}/meetings/{meetingId}/papers")
class PapersController {

  private static final int TITLE_MAX = 300;
  private static final int REASON_MAX = 1000;

  private final Meetings meetings;
  private final Papers papers;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final MeetingLookup lookup;

  PapersController(
      Meetings meetings,
      Papers papers,
      PartnershipAccess partnerships,
      MessageSource messages,
      MeetingLookup lookup) {
    this.lookup = lookup;
    this.meetings = meetings;
    this.papers = papers;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record PaperForm(
      String title, Long agendaItemId, Boolean exempt, String exemptReason, MultipartFile file) {}

  record ExemptionForm(Boolean exempt, String exemptReason, Integer version) {}

  @GetMapping("/new")
  String attachForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @RequestParam(required = false) boolean tooLarge,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    PaperForm form = new PaperForm(null, null, false, null, null);
    String view = attachPage(p, m, form, model);
    if (tooLarge) {
      BindingResult errors = new DirectFieldBindingResult(form, "form");
      errors.rejectValue("file", "tooLarge", tooLarge());
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    }
    return view;
  }

  @PostMapping
  String attach(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") PaperForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    boolean exempt = Boolean.TRUE.equals(form.exempt());
    if (form.title() == null || form.title().isBlank()) {
      errors.rejectValue("title", "required", message("paper.error.title"));
    } else if (form.title().trim().length() > TITLE_MAX) {
      errors.rejectValue("title", "long", message("paper.error.titleLong", TITLE_MAX));
    }
    if (form.agendaItemId() != null
        && m.agenda().stream().noneMatch(i -> i.id() == form.agendaItemId())) {
      errors.rejectValue("agendaItemId", "unknown", message("paper.error.item"));
    }
    checkReason(exempt, form.exemptReason(), errors);
    MultipartFile file = form.file();
    if (file == null || file.isEmpty()) {
      errors.rejectValue(
          "file",
          "required",
          message(
              file == null
                      || file.getOriginalFilename() == null
                      || file.getOriginalFilename().isEmpty()
                  ? "paper.error.file"
                  : "paper.error.fileEmpty"));
    } else if (file.getSize() > papers.maxSize()) {
      errors.rejectValue("file", "tooLarge", tooLarge());
    }
    if (errors.hasErrors()) {
      return attachPage(p, m, form, model);
    }
    try (InputStream in = file.getInputStream()) {
      papers.attach(
          area.id(),
          meetingId,
          new Papers.PaperDetails(form.agendaItemId(), form.title(), exempt, form.exemptReason()),
          file.getOriginalFilename(),
          in,
          MeetingLookup.who(user));
    } catch (PaperRefusedException e) {
      errors.rejectValue(
          "file",
          e.reason().name(),
          switch (e.reason()) {
            case EMPTY -> message("paper.error.fileEmpty");
            case TOO_LARGE -> tooLarge();
            case TYPE -> message("paper.error.type");
          });
      return attachPage(p, m, form, model);
    }
    redirect.addFlashAttribute("flash", message("paper.attached", form.title().trim()));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#papers";
  }

  /**
   * A request larger than the multipart limits that got past {@link PaperUploadLimits} (one that
   * did not say its length) cannot be read: back to an empty form that says why.
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return "redirect:" + uri + "/new?tooLarge=true";
  }

  @GetMapping("/{paperId}")
  void download(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @PathVariable long paperId,
      Authentication user,
      HttpServletResponse response)
      throws IOException {
    partnerships.readable(area, pid, user);
    lookup.meeting(area, pid, meetingId);
    PaperView paper = paper(area, meetingId, paperId);
    response.setContentType(paper.contentType());
    response.setContentLengthLong(paper.size());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(paper.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    papers.copyContent(area.id(), paperId, response.getOutputStream());
  }

  @GetMapping("/{paperId}/exemption")
  String exemptionForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @PathVariable long paperId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    PaperView paper = paper(area, meetingId, paperId);
    return exemptionPage(
        p,
        m,
        paper,
        new ExemptionForm(paper.exempt(), paper.exemptReason(), paper.version()),
        model);
  }

  @PostMapping("/{paperId}/exemption")
  String changeExemption(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @PathVariable long paperId,
      @ModelAttribute("form") ExemptionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    PaperView paper = paper(area, meetingId, paperId);
    boolean exempt = Boolean.TRUE.equals(form.exempt());
    checkReason(exempt, form.exemptReason(), errors);
    if (errors.hasErrors()) {
      return exemptionPage(p, m, paper, form, model);
    }
    try {
      papers.changeExemption(
          area.id(),
          paperId,
          form.version() == null ? -1 : form.version(),
          exempt,
          form.exemptReason());
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return exemptionPage(p, m, paper(area, meetingId, paperId), form, model);
    }
    redirect.addFlashAttribute("flash", message("paper.exemptionSaved", paper.title()));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#papers";
  }

  @GetMapping("/{paperId}/withdraw")
  String withdrawForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @PathVariable long paperId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute("paper", paper(area, meetingId, paperId));
    return "meetings/paper-withdraw";
  }

  @PostMapping("/{paperId}/withdraw")
  String withdraw(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @PathVariable long paperId,
      Authentication user,
      RedirectAttributes redirect) {
    partnerships.editable(area, pid, user);
    lookup.openMeeting(area, pid, meetingId);
    PaperView paper = paper(area, meetingId, paperId);
    papers.withdraw(area.id(), paperId, MeetingLookup.who(user));
    redirect.addFlashAttribute("flash", message("paper.withdrawn", paper.title()));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#papers";
  }

  @ExceptionHandler(MeetingCancelledException.class)
  String cancelled(MeetingCancelledException e, HttpServletRequest request) {
    RequestContextUtils.getOutputFlashMap(request)
        .put("flashError", message("meeting.error.cancelled"));
    return "redirect:" + e.meetingPath();
  }

  // --- helpers

  private void checkReason(boolean exempt, String reason, BindingResult errors) {
    if (exempt && (reason == null || reason.isBlank())) {
      errors.rejectValue("exemptReason", "required", message("paper.error.reason"));
    } else if (reason != null && reason.trim().length() > REASON_MAX) {
      errors.rejectValue("exemptReason", "long", message("paper.error.reasonLong", REASON_MAX));
    }
  }

  private String attachPage(PartnershipView p, MeetingView m, PaperForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute("form", form);
    model.addAttribute(
        "items",
        m.agenda().stream().map(i -> Option.of(i.id(), i.position() + ". " + i.title())).toList());
    model.addAttribute("maxSize", Sizes.label(papers.maxSize()));
    return "meetings/paper-form";
  }

  private String exemptionPage(
      PartnershipView p, MeetingView m, PaperView paper, ExemptionForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute("paper", paper);
    model.addAttribute("form", form);
    return "meetings/paper-exemption";
  }

  private String tooLarge() {
    return message("paper.error.tooLarge", Sizes.label(papers.maxSize()));
  }

  private PaperView paper(AreaRef area, long meetingId, long paperId) {
    return papers
        .paper(area.id(), paperId)
        .filter(x -> x.meetingId() == meetingId)
        .orElseThrow(() -> new NotFoundException("paper " + paperId));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
