package org.entente.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.assessment.InstrumentFileException;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.InstrumentVersion;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.shared.AdminSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin, Instruments: every published version of every instrument and where it came from, and the
 * upload that adds a new instrument or a new version of one.
 */
@Controller
@RequestMapping("/areas/{area}/admin/instruments")
class InstrumentsAdminController implements AdminSection {

  /** The largest shipped instrument is about 20 kB; a file far larger is not an instrument. */
  static final long MAX_FILE_BYTES = 512 * 1024;

  private final InstrumentLibrary library;
  private final MessageSource messages;

  InstrumentsAdminController(InstrumentLibrary library, MessageSource messages) {
    this.library = library;
    this.messages = messages;
  }

  @Override
  public List<Link> links() {
    return List.of(
        new Link("admin.instruments", "admin.instruments.description", "/admin/instruments"));
  }

  /** One instrument's row: its title, key and published versions, newest first. */
  record Row(String key, String title, List<InstrumentVersion> versions) {}

  @GetMapping
  String page(AreaRef area, Model model) {
    return page(model, List.of());
  }

  @PostMapping
  String upload(
      AreaRef area,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication user,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    AccountPrincipal me = me(user);
    List<String> problems = new ArrayList<>();
    if (file == null || file.isEmpty()) {
      problems.add(message("instruments.error.fileMissing"));
    } else if (file.getSize() > MAX_FILE_BYTES) {
      problems.add(message("instruments.error.fileLarge", MAX_FILE_BYTES / 1024));
    } else {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
      try (InputStream in = file.getInputStream()) {
        InstrumentText added =
            library.upload(name, utf8(in.readAllBytes()), me.id(), me.displayName(), area.id());
        redirect.addFlashAttribute(
            "flash", message("instruments.uploaded", added.version(), added.title()));
        return "redirect:/areas/" + area.slug() + "/admin/instruments";
      } catch (CharacterCodingException e) {
        problems.add(message("instruments.error.notText"));
      } catch (InstrumentFileException e) {
        e.problems()
            .forEach(
                p ->
                    problems.add(
                        p.line() > 0 && !p.field().isEmpty()
                            ? message("instruments.error.problem", p.line(), p.field(), p.problem())
                            : p.line() > 0
                                ? message("instruments.error.problemAtLine", p.line(), p.problem())
                                : p.problem()));
      }
    }
    return page(model, problems);
  }

  private String page(Model model, List<String> problems) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (InstrumentVersion v : library.catalogue()) {
      rows.computeIfAbsent(v.key(), k -> new Row(k, v.title(), new ArrayList<>()))
          .versions()
          .add(v);
    }
    model.addAttribute("rows", List.copyOf(rows.values()));
    model.addAttribute("problems", problems);
    return "assessment/instruments-admin";
  }

  private static AccountPrincipal me(Authentication user) {
    if (user != null && user.getPrincipal() instanceof AccountPrincipal p) {
      return p;
    }
    throw new AccessDeniedException("uploads are made by signed-in administrators");
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
