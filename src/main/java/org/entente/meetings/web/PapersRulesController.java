package org.entente.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.meetings.PapersRules;
import org.entente.shared.AdminSection;
import org.entente.shared.BankHolidayFileException;
import org.entente.shared.BankHolidayRegion;
import org.entente.shared.LondonTime;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.entente.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An area administrator's rule for papers: clear working days, bank holiday region, and the area's
 * own bank holiday file when the shipped one will not do.
 */
@Controller
@RequestMapping("/areas/{area}/admin/papers")
class PapersRulesController implements AdminSection {

  /** A bank holiday file is a few kilobytes; anything much larger is not one. */
  static final long MAX_FILE_BYTES = 256 * 1024;

  private final PapersRules rules;
  private final MessageSource messages;

  PapersRulesController(PapersRules rules, MessageSource messages) {
    this.rules = rules;
    this.messages = messages;
  }

  @Override
  public List<Link> links() {
    return List.of(new Link("admin.papers", "admin.papers.description", "/admin/papers"));
  }

  record RuleForm(String region, String clearDays, Integer version) {}

  @GetMapping
  String page(AreaRef area, Model model) {
    PapersRules.Rule rule = rules.rule(area.id());
    return page(
        area,
        new RuleForm(rule.region().name(), String.valueOf(rule.clearDays()), rule.version()),
        null,
        model);
  }

  @PostMapping
  String save(
      AreaRef area,
      @ModelAttribute("form") RuleForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    BankHolidayRegion region = region(form.region());
    if (region == null) {
      errors.rejectValue("region", "required", message("papersRule.error.region"));
    }
    Integer clearDays = clearDays(form.clearDays());
    if (clearDays == null) {
      errors.rejectValue(
          "clearDays", "range", message("papersRule.error.clearDays", PapersRules.MAX_CLEAR_DAYS));
    }
    if (errors.hasErrors()) {
      return page(area, form, null, model);
    }
    try {
      rules.setRule(area.id(), version(form.version()), region, clearDays);
    } catch (StaleEditException e) {
      return stale(area, model);
    }
    redirect.addFlashAttribute("flash", message("papersRule.saved"));
    return "redirect:/areas/" + area.slug() + "/admin/papers";
  }

  @PostMapping("/bank-holidays")
  String upload(
      AreaRef area,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "version", required = false) Integer version,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    String problem = null;
    if (file == null || file.isEmpty()) {
      problem = message("papersRule.error.fileMissing");
    } else if (file.getSize() > MAX_FILE_BYTES) {
      problem = message("papersRule.error.fileLarge", MAX_FILE_BYTES / 1024);
    } else {
      try (InputStream in = file.getInputStream()) {
        rules.uploadBankHolidays(area.id(), version(version), utf8(in.readAllBytes()));
      } catch (CharacterCodingException e) {
        problem = message("papersRule.error.notText");
      } catch (BankHolidayFileException e) {
        problem = message("papersRule.error.file", e.getMessage());
      } catch (StaleEditException e) {
        return stale(area, model);
      }
    }
    if (problem != null) {
      PapersRules.Rule rule = rules.rule(area.id());
      return page(
          area,
          new RuleForm(rule.region().name(), String.valueOf(rule.clearDays()), rule.version()),
          problem,
          model);
    }
    redirect.addFlashAttribute("flash", message("papersRule.uploaded"));
    return "redirect:/areas/" + area.slug() + "/admin/papers";
  }

  @PostMapping("/bank-holidays/shipped")
  String useShipped(
      AreaRef area,
      @RequestParam(name = "version", required = false) Integer version,
      Model model,
      RedirectAttributes redirect) {
    try {
      rules.useShippedBankHolidays(area.id(), version(version));
    } catch (StaleEditException e) {
      return stale(area, model);
    }
    redirect.addFlashAttribute("flash", message("papersRule.shipped"));
    return "redirect:/areas/" + area.slug() + "/admin/papers";
  }

  @GetMapping("/bank-holidays.csv")
  ResponseEntity<String> download(AreaRef area) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(area.slug() + "-bank-holidays.csv")
                .build()
                .toString())
        .body(rules.bankHolidaysFile(area.id()));
  }

  private String page(AreaRef area, RuleForm form, String uploadProblem, Model model) {
    PapersRules.Rule rule = rules.rule(area.id());
    WorkingDays days = rules.bankHolidays(area.id()).workingDaysIn(rule.region());
    LocalDate today = LondonTime.today();
    model.addAttribute("form", form);
    model.addAttribute("rule", rule);
    model.addAttribute("uploadProblem", uploadProblem);
    model.addAttribute("firstYear", days.firstYear());
    model.addAttribute("lastYear", days.lastYear());
    model.addAttribute(
        "coming",
        days.bankHolidays().tailMap(today, true).entrySet().stream()
            .limit(8)
            .map(e -> Option.of(e.getKey(), e.getValue()))
            .toList());
    model.addAttribute(
        "regions",
        List.of(BankHolidayRegion.values()).stream()
            .map(r -> Option.of(r.name(), message("papersRule.region." + r.name())))
            .toList());
    return "meetings/papers-rule";
  }

  private String stale(AreaRef area, Model model) {
    PapersRules.Rule rule = rules.rule(area.id());
    RuleForm current =
        new RuleForm(rule.region().name(), String.valueOf(rule.clearDays()), rule.version());
    StaleForms.show(model, "form", current, message("papersRule.error.stale"));
    return page(area, current, null, model);
  }

  private static BankHolidayRegion region(String value) {
    try {
      return value == null ? null : BankHolidayRegion.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer clearDays(String value) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.trim());
      return n >= 0 && n <= PapersRules.MAX_CLEAR_DAYS ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int version(Integer version) {
    return version == null ? 0 : version;
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
