package org.entente.conflict.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.conflict.Boards;
import org.entente.conflict.engine.Dilemma;
import org.entente.conflict.engine.DramaModel;
import org.entente.conflict.exchange.DramaCharacter;
import org.entente.conflict.exchange.DramaDoubt;
import org.entente.conflict.exchange.DramaExchange;
import org.entente.conflict.exchange.DramaModelDocument;
import org.entente.conflict.exchange.DramaModelException;
import org.entente.conflict.exchange.DramaOption;
import org.entente.conflict.exchange.DramaPreference;
import org.entente.conflict.exchange.DramaProblem;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Options boards of a partnership: the list, each board with its dilemmas recomputed on every save,
 * editing piece by piece (characters, options, positions, stated intentions, preferences, doubts),
 * and download and upload in the exchange format. Officers and administrators of the partnership
 * write; everyone who sees it reads.
 */
@Controller
@RequestMapping("/areas/{area}/partnerships/{pid}/conflict/boards")
class BoardsController {

  private static final int NAME_MAX = 100;
  private static final long FILE_MAX = 512 * 1024;

  private final Boards boards;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final JsonMapper json;

  BoardsController(
      Boards boards, PartnershipAccess partnerships, MessageSource messages, JsonMapper json) {
    this.boards = boards;
    this.partnerships = partnerships;
    this.messages = messages;
    this.json = json;
  }

  /** An error on a page: its message and the id of the field it is about (or null). */
  record PageError(String message, String target) {}

  /** One row of the options board: an option, its owner and the value in every column. */
  record Row(String character, int span, String option, String reversibility, List<String> cells) {}

  /** A dilemma in a sentence, with its type's name. */
  record Sentence(String type, String text) {}

  record CharacterDilemmas(String character, List<Sentence> sentences) {}

  // --- the list

  @GetMapping
  String list(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    return listPage(area, p, user, model, List.of(), null);
  }

  @GetMapping("/new")
  String newForm(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    model.addAttribute("p", p);
    errors(model, List.of());
    return "conflict/board-new";
  }

  @PostMapping
  String create(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    List<PageError> errors = details(title, description);
    if (!errors.isEmpty()) {
      model.addAttribute("p", p);
      errors(model, errors);
      model.addAttribute("title", title);
      model.addAttribute("description", description);
      return "conflict/board-new";
    }
    long id =
        boards.create(
            area.id(),
            pid,
            new Boards.BoardDetails(title, description, DramaModelDocument.empty()),
            who(user));
    redirect.addFlashAttribute("flash", message("conflict.board.created"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  @PostMapping("/upload")
  String upload(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) MultipartFile file,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    List<PageError> errors = new ArrayList<>(details(title, null));
    for (PageError e : errors) {
      model.addAttribute("uploadTitleError", e.message());
    }
    errors.replaceAll(e -> new PageError(e.message(), "upload-title"));
    DramaModelDocument board = null;
    if (file == null || file.isEmpty()) {
      errors.add(new PageError(message("conflict.board.upload.error.none"), "upload-file"));
    } else if (file.getSize() > FILE_MAX) {
      errors.add(new PageError(message("conflict.board.upload.error.large"), "upload-file"));
    } else {
      try {
        board =
            json.readValue(
                new String(file.getBytes(), StandardCharsets.UTF_8), DramaModelDocument.class);
        if (board == null) {
          throw new IOException("empty");
        }
        for (DramaProblem problem : DramaExchange.problems(board, false)) {
          errors.add(
              new PageError(
                  message(
                      "conflict.board.upload.error.field",
                      problem.field().isEmpty() ? "-" : problem.field(),
                      problem(problem)),
                  "upload-file"));
        }
      } catch (IOException | JacksonException e) {
        errors.add(new PageError(message("conflict.board.upload.error.json"), "upload-file"));
      }
    }
    if (!errors.isEmpty()) {
      model.addAttribute(
          "uploadFileError",
          errors.stream()
              .filter(e -> e.target().equals("upload-file"))
              .map(PageError::message)
              .findFirst()
              .orElse(null));
      return listPage(area, p, user, model, errors, title);
    }
    long id = boards.create(area.id(), pid, new Boards.BoardDetails(title, null, board), who(user));
    redirect.addFlashAttribute("flash", message("conflict.board.uploaded"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  // --- one board

  @GetMapping("/{boardId}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    return boardPage(area, p, board(area, pid, boardId), user, model, List.of());
  }

  @GetMapping("/{boardId}/download")
  ResponseEntity<String> download(
      AreaRef area, @PathVariable long pid, @PathVariable long boardId, Authentication user) {
    partnerships.readable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"options-board-" + boardId + ".json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(b.model()));
  }

  @PostMapping("/{boardId}/details")
  String details(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    List<PageError> errors = details(title, description);
    return save(
        area, p, b, version, title, description, b.model(), errors, "", user, model, redirect);
  }

  @PostMapping("/{boardId}/delete")
  String delete(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    try {
      boards.delete(area.id(), pid, boardId, version == null ? -1 : version);
    } catch (StaleEditException e) {
      return boardPage(
          area, p, b, user, model, List.of(new PageError(message("error.stale"), null)));
    }
    redirect.addFlashAttribute("flash", message("conflict.board.deleted", b.title()));
    return "redirect:" + base(area, pid);
  }

  @PostMapping("/{boardId}/characters")
  String addCharacter(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    List<PageError> errors = name(name, "new-character", b.model().characterNames(), -1);
    DramaModelDocument changed =
        errors.isEmpty() ? b.model().withCharacter(name.strip()) : b.model();
    return save(area, p, b, version, changed, errors, "characters", user, model, redirect);
  }

  @PostMapping("/{boardId}/characters/{c}")
  String renameCharacter(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    character(b, c);
    List<PageError> errors = name(name, "character-" + c, b.model().characterNames(), c);
    DramaModelDocument changed =
        errors.isEmpty() ? b.model().withCharacterRenamed(c, name.strip()) : b.model();
    return save(area, p, b, version, changed, errors, "characters", user, model, redirect);
  }

  @PostMapping("/{boardId}/characters/{c}/remove")
  String removeCharacter(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    character(b, c);
    return save(
        area,
        p,
        b,
        version,
        b.model().withoutCharacter(c),
        List.of(),
        "characters",
        user,
        model,
        redirect);
  }

  @PostMapping("/{boardId}/characters/{c}/options")
  String addOption(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String reversibility,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    DramaCharacter ch = character(b, c);
    List<PageError> errors =
        name(name, "new-option-" + c, ch.options().stream().map(DramaOption::name).toList(), -1);
    String rev = DramaExchange.reversibility(reversibility) == null ? "both" : reversibility;
    if (errors.isEmpty() && b.model().optionCount() >= DramaExchange.MAX_OPTIONS) {
      errors =
          List.of(
              new PageError(
                  message("conflict.board.error.tooManyOptions", DramaExchange.MAX_OPTIONS),
                  "new-option-" + c));
    }
    DramaModelDocument changed =
        errors.isEmpty() ? b.model().withOption(c, new DramaOption(name.strip(), rev)) : b.model();
    return save(area, p, b, version, changed, errors, "characters", user, model, redirect);
  }

  @PostMapping("/{boardId}/characters/{c}/options/{o}")
  String changeOption(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @PathVariable int o,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String reversibility,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    DramaCharacter ch = character(b, c);
    if (o < 0 || o >= ch.options().size()) {
      throw new NotFoundException("option " + o);
    }
    List<PageError> errors =
        name(
            name,
            "option-" + c + "-" + o,
            ch.options().stream().map(DramaOption::name).toList(),
            o);
    String rev = DramaExchange.reversibility(reversibility) == null ? "both" : reversibility;
    DramaModelDocument changed =
        errors.isEmpty()
            ? b.model().withOptionChanged(c, o, new DramaOption(name.strip(), rev))
            : b.model();
    return save(area, p, b, version, changed, errors, "characters", user, model, redirect);
  }

  @PostMapping("/{boardId}/characters/{c}/options/{o}/remove")
  String removeOption(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @PathVariable int o,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    DramaCharacter ch = character(b, c);
    if (o < 0 || o >= ch.options().size()) {
      throw new NotFoundException("option " + o);
    }
    return save(
        area,
        p,
        b,
        version,
        b.model().withoutOption(c, o),
        List.of(),
        "characters",
        user,
        model,
        redirect);
  }

  @PostMapping("/{boardId}/positions")
  String positions(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @RequestParam Map<String, String> form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    DramaModelDocument m = b.model();
    int n = m.optionCount();
    Map<String, String> positions = new LinkedHashMap<>();
    for (int c = 0; c < m.characters().size(); c++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String v = form.getOrDefault("position-" + c + "-" + i, "-");
        s.append("Y".equals(v) || "N".equals(v) ? v : "-");
      }
      positions.put(m.characters().get(c).name(), s.toString());
    }
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < n; i++) {
      t.append("Y".equals(form.get("intention-" + i)) ? 'Y' : 'N');
    }
    return save(
        area,
        p,
        b,
        version(form.get("version")),
        m.withPositions(positions, t.toString()),
        List.of(),
        "board",
        user,
        model,
        redirect);
  }

  @PostMapping("/{boardId}/preferences/{c}")
  String preferences(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int c,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    DramaCharacter ch = character(b, c);
    List<String> lines =
        text == null
            ? List.of()
            : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String target = "preferences-" + c;
    if (lines.isEmpty()) {
      return save(
          area,
          p,
          b,
          version,
          b.model(),
          List.of(
              new PageError(message("conflict.board.error.preferencesEmpty", ch.name()), target)),
          "preferences",
          user,
          model,
          redirect);
    }
    DramaPreference pref =
        "ranking".equals(kind)
            ? DramaPreference.ofRanking(
                lines.stream()
                    .map(l -> Arrays.stream(l.split("[\\s,]+")).filter(f -> !f.isEmpty()).toList())
                    .toList())
            : DramaPreference.ofStatements(
                lines.stream().map(l -> l.toUpperCase().replace(" IF ", " if ")).toList());
    DramaModelDocument changed = b.model().withPreference(ch.name(), pref);
    List<PageError> errors = new ArrayList<>();
    for (DramaProblem problem : DramaExchange.problems(changed, false)) {
      errors.add(
          new PageError(
              message("conflict.board.error.preference", ch.name(), problem(problem)), target));
    }
    return save(area, p, b, version, changed, errors, "preferences", user, model, redirect);
  }

  @PostMapping("/{boardId}/doubts")
  String addDoubt(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String about,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    List<String> names = b.model().characterNames();
    List<PageError> errors = new ArrayList<>();
    if (by == null || !names.contains(by)) {
      errors.add(new PageError(message("conflict.board.error.doubtBy"), "doubt-by"));
    } else if (about == null || !names.contains(about)) {
      errors.add(new PageError(message("conflict.board.error.doubtAbout"), "doubt-about"));
    } else if (by.equals(about)) {
      errors.add(new PageError(message("conflict.drama.error.doubtSelf", by), "doubt-about"));
    }
    DramaModelDocument changed =
        errors.isEmpty() ? b.model().withDoubt(new DramaDoubt(by, about)) : b.model();
    return save(area, p, b, version, changed, errors, "doubts", user, model, redirect);
  }

  @PostMapping("/{boardId}/doubts/{d}/remove")
  String removeDoubt(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long boardId,
      @PathVariable int d,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Boards.BoardView b = board(area, pid, boardId);
    if (d < 0 || d >= b.model().doubts().size()) {
      throw new NotFoundException("doubt " + d);
    }
    return save(
        area, p, b, version, b.model().withoutDoubt(d), List.of(), "doubts", user, model, redirect);
  }

  // --- saving

  private String save(
      AreaRef area,
      PartnershipView p,
      Boards.BoardView b,
      Integer version,
      DramaModelDocument changed,
      List<PageError> errors,
      String section,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    return save(
        area,
        p,
        b,
        version,
        b.title(),
        b.description(),
        changed,
        errors,
        section,
        user,
        model,
        redirect);
  }

  private String save(
      AreaRef area,
      PartnershipView p,
      Boards.BoardView b,
      Integer version,
      String title,
      String description,
      DramaModelDocument changed,
      List<PageError> errors,
      String section,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.isEmpty()) {
      return boardPage(area, p, b, user, model, errors);
    }
    try {
      boards.update(
          area.id(),
          p.id(),
          b.id(),
          version == null ? -1 : version,
          new Boards.BoardDetails(title, description, changed),
          who(user));
    } catch (StaleEditException e) {
      return boardPage(
          area,
          p,
          board(area, p.id(), b.id()),
          user,
          model,
          List.of(new PageError(message("error.stale"), null)));
    } catch (DramaModelException e) {
      return boardPage(
          area,
          p,
          b,
          user,
          model,
          e.problems().stream().map(x -> new PageError(problem(x), null)).toList());
    }
    redirect.addFlashAttribute("flash", message("conflict.board.saved"));
    return "redirect:"
        + base(area, p.id())
        + "/"
        + b.id()
        + (section.isEmpty() ? "" : "#" + section);
  }

  // --- pages

  private String listPage(
      AreaRef area,
      PartnershipView p,
      Authentication user,
      Model model,
      List<PageError> errors,
      String uploadTitle) {
    model.addAttribute("p", p);
    model.addAttribute("boards", boards.ofPartnership(area.id(), p.id()));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    errors(model, errors);
    model.addAttribute("uploadTitle", uploadTitle);
    return "conflict/boards";
  }

  private String boardPage(
      AreaRef area,
      PartnershipView p,
      Boards.BoardView b,
      Authentication user,
      Model model,
      List<PageError> errors) {
    DramaModelDocument m = b.model();
    int n = m.optionCount();
    List<Row> rows = new ArrayList<>();
    List<String> intentions = new ArrayList<>();
    int at = 0;
    for (DramaCharacter c : m.characters()) {
      for (int o = 0; o < c.options().size(); o++) {
        DramaOption option = c.options().get(o);
        List<String> cells = new ArrayList<>();
        for (DramaCharacter owner : m.characters()) {
          cells.add(cell(m.positions().get(owner.name()), at));
        }
        String t = cell(m.statedIntentions(), at);
        cells.add(t);
        intentions.add(t);
        rows.add(
            new Row(
                c.name(),
                o == 0 ? c.options().size() : 0,
                option.name(),
                option.reversibility() == null ? "both" : option.reversibility(),
                cells));
        at++;
      }
    }
    model.addAttribute("p", p);
    model.addAttribute("b", b);
    model.addAttribute("m", m);
    model.addAttribute("rows", rows);
    model.addAttribute("optionCount", n);
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    errors(model, errors);
    model.addAttribute(
        "reversibilities",
        List.of(
            Option.of("both", message("conflict.board.reversibility.both")),
            Option.of("onlyToYes", message("conflict.board.reversibility.onlyToYes")),
            Option.of("onlyToNo", message("conflict.board.reversibility.onlyToNo"))));
    model.addAttribute("patternGuide", patternGuide(m));
    Map<String, String> prefText = new LinkedHashMap<>();
    Map<String, String> prefKind = new LinkedHashMap<>();
    for (DramaCharacter c : m.characters()) {
      DramaPreference pref = m.preferences().get(c.name());
      if (pref == null) {
        prefKind.put(c.name(), "statements");
        prefText.put(c.name(), "");
      } else if (pref.statements() != null) {
        prefKind.put(c.name(), "statements");
        prefText.put(c.name(), String.join("\n", pref.statements()));
      } else {
        prefKind.put(c.name(), "ranking");
        prefText.put(
            c.name(),
            String.join("\n", pref.ranking().stream().map(g -> String.join(" ", g)).toList()));
      }
    }
    model.addAttribute("prefText", prefText);
    model.addAttribute("prefKind", prefKind);
    List<DramaProblem> missing = DramaExchange.problems(m, true);
    model.addAttribute("missing", missing.stream().map(this::problem).toList());
    if (missing.isEmpty()) {
      DramaModel.Result result = DramaExchange.toEngine(m).dilemmas();
      model.addAttribute("mode", result.mode().name().toLowerCase());
      model.addAttribute("dilemmas", sentences(m, result));
    }
    return "conflict/board";
  }

  /** The dilemmas, grouped by character in declared order, each in a sentence. */
  private List<CharacterDilemmas> sentences(DramaModelDocument m, DramaModel.Result result) {
    List<CharacterDilemmas> out = new ArrayList<>();
    for (String name : m.characterNames()) {
      List<Sentence> sentences = new ArrayList<>();
      for (Dilemma d : result.dilemmas()) {
        if (!d.character().equals(name)) {
          continue;
        }
        String key = "conflict.board.dilemma." + d.type().code();
        if (d.type() == Dilemma.Type.TRUST) {
          // trust comes from the other's wish to change its part, or else from a recorded doubt
          boolean wish =
              result.dilemmas().stream()
                  .anyMatch(
                      x ->
                          x.type() == Dilemma.Type.COOPERATION
                              && x.character().equals(d.towards()));
          key += wish ? ".wish" : ".doubt";
        }
        sentences.add(
            new Sentence(
                message("conflict.board.dilemmaType." + d.type().code()),
                message(key, d.character(), d.towards())));
      }
      out.add(new CharacterDilemmas(name, sentences));
    }
    return out;
  }

  /** Which letter of a pattern stands for which option, for the preferences hint. */
  private String patternGuide(DramaModelDocument m) {
    List<String> parts = new ArrayList<>();
    int i = 1;
    for (DramaCharacter c : m.characters()) {
      for (DramaOption o : c.options()) {
        parts.add(message("conflict.board.guide.letter", i++, c.name(), o.name()));
      }
    }
    return String.join("; ", parts);
  }

  private static String cell(String pattern, int at) {
    if (pattern == null || at >= pattern.length()) {
      return "-";
    }
    char c = pattern.charAt(at);
    return c == 'Y' ? "Y" : c == 'N' ? "N" : "-";
  }

  // --- helpers

  /** The errors for the summary, and the first message for each field for its inline error. */
  private static void errors(Model model, List<PageError> errors) {
    model.addAttribute("errors", errors);
    Map<String, String> byField = new LinkedHashMap<>();
    for (PageError e : errors) {
      if (e.target() != null) {
        byField.putIfAbsent(e.target(), e.message());
      }
    }
    model.addAttribute("fieldErrors", byField);
  }

  private List<PageError> details(String title, String description) {
    List<PageError> errors = new ArrayList<>();
    if (title == null || title.isBlank()) {
      errors.add(new PageError(message("conflict.board.error.title"), "title"));
    } else if (title.strip().length() > Boards.TITLE_MAX) {
      errors.add(
          new PageError(message("conflict.board.error.titleLong", Boards.TITLE_MAX), "title"));
    }
    if (description != null && description.strip().length() > Boards.DESCRIPTION_MAX) {
      errors.add(
          new PageError(
              message("conflict.board.error.descriptionLong", Boards.DESCRIPTION_MAX),
              "description"));
    }
    return errors;
  }

  private List<PageError> name(String name, String target, List<String> taken, int self) {
    if (name == null || name.isBlank()) {
      return List.of(new PageError(message("conflict.board.error.name"), target));
    }
    if (name.strip().length() > NAME_MAX) {
      return List.of(new PageError(message("conflict.board.error.nameLong", NAME_MAX), target));
    }
    for (int i = 0; i < taken.size(); i++) {
      if (i != self && name.strip().equals(taken.get(i))) {
        return List.of(
            new PageError(message("conflict.board.error.nameTaken", name.strip()), target));
      }
    }
    return List.of();
  }

  private DramaCharacter character(Boards.BoardView b, int c) {
    if (c < 0 || c >= b.model().characters().size()) {
      throw new NotFoundException("character " + c);
    }
    return b.model().characters().get(c);
  }

  private Boards.BoardView board(AreaRef area, long pid, long boardId) {
    return boards
        .board(area.id(), pid, boardId)
        .orElseThrow(() -> new NotFoundException("options board " + boardId));
  }

  private static Integer version(String v) {
    try {
      return v == null ? null : Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String problem(DramaProblem p) {
    return messages.getMessage(
        p.code(), p.args().toArray(), p.code(), LocaleContextHolder.getLocale());
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/conflict/boards";
  }

  private static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : user.getName();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
