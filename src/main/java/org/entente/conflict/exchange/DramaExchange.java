package org.entente.conflict.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.conflict.engine.DecisionMaker;
import org.entente.conflict.engine.Dilemma;
import org.entente.conflict.engine.DramaModel;
import org.entente.conflict.engine.Limits;
import org.entente.conflict.engine.Option;
import org.entente.conflict.engine.Preference;
import org.entente.conflict.engine.Reversibility;

/**
 * Checks drama models in the exchange format and converts them to and from the engine. A board
 * being built may be well formed but not yet complete (fewer than two characters, a character
 * without options, positions or preferences still to be written): it can be saved, but its dilemmas
 * appear only once it is complete.
 */
public final class DramaExchange {

  /** The most options a board may have, as the engine's default limit allows. */
  public static final int MAX_OPTIONS = Limits.DEFAULT.maxOptions();

  private static final String E = "conflict.drama.error.";

  private DramaExchange() {}

  /**
   * What is wrong with the board, each problem naming its field.
   *
   * @param complete whether to ask also for everything the dilemmas need
   */
  public static List<DramaProblem> problems(DramaModelDocument board, boolean complete) {
    List<DramaProblem> out = new ArrayList<>();
    if (board == null) {
      out.add(DramaProblem.of("", E + "missing"));
      return out;
    }
    List<String> names = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < board.characters().size(); i++) {
      DramaCharacter c = board.characters().get(i);
      String at = "characters[" + i + "]";
      if (c == null) {
        out.add(DramaProblem.of(at, E + "characterMissing"));
        continue;
      }
      if (c.name() == null || c.name().isBlank()) {
        out.add(DramaProblem.of(at + ".name", E + "characterName"));
      } else if (names.contains(c.name())) {
        out.add(DramaProblem.of(at + ".name", E + "characterTwice", c.name()));
      } else if (!c.name().equals(c.name().strip())) {
        out.add(DramaProblem.of(at + ".name", E + "characterSpaces", c.name()));
      }
      names.add(c.name());
      if (complete && c.options().isEmpty()) {
        out.add(DramaProblem.of(at + ".options", E + "noOptions", label(c.name())));
      }
      Set<String> optionNames = new HashSet<>();
      for (int o = 0; o < c.options().size(); o++) {
        DramaOption option = c.options().get(o);
        String oat = at + ".options[" + o + "]";
        n++;
        if (option == null) {
          out.add(DramaProblem.of(oat, E + "optionMissing"));
          continue;
        }
        if (option.name() == null || option.name().isBlank()) {
          out.add(DramaProblem.of(oat + ".name", E + "optionName"));
        } else if (!optionNames.add(option.name().strip())) {
          out.add(DramaProblem.of(oat + ".name", E + "optionTwice", option.name()));
        }
        if (option.reversibility() != null && reversibility(option.reversibility()) == null) {
          out.add(
              DramaProblem.of(oat + ".reversibility", E + "reversibility", option.reversibility()));
        }
      }
    }
    if (n > MAX_OPTIONS) {
      out.add(DramaProblem.of("characters", E + "tooManyOptions", n, MAX_OPTIONS));
    }
    if (complete && names.size() < 2) {
      out.add(DramaProblem.of("characters", E + "twoCharacters"));
    }
    for (Map.Entry<String, String> e : board.positions().entrySet()) {
      String at = "positions." + e.getKey();
      if (!names.contains(e.getKey())) {
        out.add(DramaProblem.of(at, E + "unknownCharacter", e.getKey()));
      } else if (e.getValue() == null) {
        out.add(DramaProblem.of(at, E + "positionMissing", e.getKey()));
      } else {
        pattern(e.getValue(), n, true, at, out);
      }
    }
    String t = board.statedIntentions();
    if (t == null || (t.isEmpty() && n > 0)) {
      if (complete || t == null) {
        out.add(DramaProblem.of("statedIntentions", E + "intentionsMissing"));
      }
    } else {
      pattern(t, n, false, "statedIntentions", out);
    }
    for (Map.Entry<String, DramaPreference> e : board.preferences().entrySet()) {
      String at = "preferences." + e.getKey();
      DramaPreference p = e.getValue();
      if (!names.contains(e.getKey())) {
        out.add(DramaProblem.of(at, E + "unknownCharacter", e.getKey()));
      } else if (p == null || (p.statements() == null) == (p.ranking() == null)) {
        out.add(DramaProblem.of(at, E + "preferenceKind", e.getKey()));
      } else if (p.statements() != null) {
        statements(p.statements(), n, at + ".statements", complete, e.getKey(), out);
      } else {
        ranking(p.ranking(), n, at + ".ranking", complete, e.getKey(), out);
      }
    }
    for (int i = 0; i < board.doubts().size(); i++) {
      DramaDoubt d = board.doubts().get(i);
      String at = "doubts[" + i + "]";
      if (d == null) {
        out.add(DramaProblem.of(at, E + "doubtMissing"));
      } else if (!names.contains(d.by())) {
        out.add(DramaProblem.of(at + ".by", E + "unknownCharacter", String.valueOf(d.by())));
      } else if (!names.contains(d.about())) {
        out.add(DramaProblem.of(at + ".about", E + "unknownCharacter", String.valueOf(d.about())));
      } else if (d.by().equals(d.about())) {
        out.add(DramaProblem.of(at + ".about", E + "doubtSelf", d.by()));
      }
    }
    if (complete) {
      for (String name : names) {
        if (name == null) {
          continue;
        }
        if (board.positions().get(name) == null && !board.positions().containsKey(name)) {
          out.add(DramaProblem.of("positions." + name, E + "positionMissing", name));
        }
        if (!board.preferences().containsKey(name)) {
          out.add(DramaProblem.of("preferences." + name, E + "preferencesMissing", name));
        }
      }
    }
    return out;
  }

  /** The engine's model of a complete board. */
  public static DramaModel toEngine(DramaModelDocument board) {
    List<DramaProblem> problems = problems(board, true);
    if (!problems.isEmpty()) {
      throw new DramaModelException(problems);
    }
    List<DecisionMaker> characters =
        board.characters().stream()
            .map(
                c ->
                    new DecisionMaker(
                        c.name(),
                        c.options().stream()
                            .map(
                                o ->
                                    new Option(
                                        o.name().strip(),
                                        o.reversibility() == null
                                            ? Reversibility.BOTH
                                            : reversibility(o.reversibility())))
                            .toList()))
            .toList();
    Map<String, Preference> preferences = new LinkedHashMap<>();
    board
        .preferences()
        .forEach(
            (name, p) ->
                preferences.put(
                    name,
                    p.statements() != null
                        ? new Preference.Statements(p.statements())
                        : new Preference.Ranking(p.ranking())));
    List<DramaModel.Doubt> doubts =
        board.doubts().stream().map(d -> new DramaModel.Doubt(d.by(), d.about())).toList();
    try {
      return DramaModel.of(
          characters,
          board.positions(),
          board.statedIntentions(),
          preferences,
          doubts,
          Limits.DEFAULT);
    } catch (IllegalArgumentException e) {
      // the checks above should leave nothing for the engine to refuse; if it does, say why
      throw new DramaModelException(List.of(DramaProblem.of("", E + "engine", e.getMessage())));
    }
  }

  /** The dilemmas of a complete board, in the exchange format. */
  public static DramaResult analyse(DramaModelDocument board) {
    return result(toEngine(board).dilemmas());
  }

  /** The engine's result in the exchange format. */
  public static DramaResult result(DramaModel.Result result) {
    return new DramaResult(
        result.mode().name().toLowerCase(Locale.ROOT),
        result.dilemmas().stream()
            .map(
                d -> new DramaDilemma(d.character(), d.type().code(), d.towards(), d.explanation()))
            .toList());
  }

  /** The dilemma type of an exchange-format code, or null. */
  public static Dilemma.Type type(String code) {
    for (Dilemma.Type t : Dilemma.Type.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    return null;
  }

  /** The reversibility of an exchange-format code, or null when there is none such. */
  public static Reversibility reversibility(String code) {
    for (Reversibility r : Reversibility.values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    return null;
  }

  private static String label(String name) {
    return name == null ? "" : name;
  }

  private static void statements(
      List<String> statements,
      int n,
      String at,
      boolean complete,
      String owner,
      List<DramaProblem> out) {
    if (statements.isEmpty() && complete) {
      out.add(DramaProblem.of(at, E + "statementsEmpty", owner));
    }
    if (statements.size() > 62) {
      out.add(DramaProblem.of(at, E + "tooManyStatements", owner, 62));
    }
    for (int k = 0; k < statements.size(); k++) {
      String s = statements.get(k);
      String sat = at + "[" + k + "]";
      if (s == null || s.isBlank()) {
        out.add(DramaProblem.of(sat, E + "statementEmpty"));
        continue;
      }
      int i = s.indexOf(" if ");
      if (i < 0) {
        pattern(s.trim(), n, true, sat, out);
      } else {
        pattern(s.substring(0, i).trim(), n, true, sat, out);
        pattern(s.substring(i + 4).trim(), n, true, sat, out);
      }
    }
  }

  private static void ranking(
      List<List<String>> ranking,
      int n,
      String at,
      boolean complete,
      String owner,
      List<DramaProblem> out) {
    if (ranking.isEmpty() && complete) {
      out.add(DramaProblem.of(at, E + "rankingEmpty", owner));
    }
    Set<String> seen = new HashSet<>();
    for (int g = 0; g < ranking.size(); g++) {
      List<String> group = ranking.get(g);
      if (group == null || group.isEmpty()) {
        out.add(DramaProblem.of(at + "[" + g + "]", E + "rankEmpty"));
        continue;
      }
      for (int f = 0; f < group.size(); f++) {
        String future = group.get(f);
        String fat = at + "[" + g + "][" + f + "]";
        if (future == null) {
          out.add(DramaProblem.of(fat, E + "futureMissing"));
        } else if (pattern(future, n, false, fat, out) && !seen.add(future)) {
          out.add(DramaProblem.of(fat, E + "futureTwice", future));
        }
      }
    }
  }

  /** Whether the pattern is right, adding a problem when it is not. */
  private static boolean pattern(
      String pattern, int n, boolean open, String at, List<DramaProblem> out) {
    if (pattern.length() != n) {
      out.add(DramaProblem.of(at, E + "patternLength", pattern, n));
      return false;
    }
    for (char c : pattern.toCharArray()) {
      if (c != 'Y' && c != 'N' && !(open && c == '-')) {
        out.add(
            DramaProblem.of(
                at, E + (open ? "patternLetters" : "futureLetters"), pattern, String.valueOf(c)));
        return false;
      }
    }
    return true;
  }
}
