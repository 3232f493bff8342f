package org.entente.conflict.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An options board in the exchange format. Patterns list every option of every character in the
 * order declared: Y (yes), N (no) and, in positions and statements, - (open, or either). An open
 * option in a position takes its value from the threatened future ({@code statedIntentions}).
 *
 * <p>The {@code with...} methods return the board with one change made, keeping every pattern the
 * length of the options: a new option is open in every position, not intended (N) in the stated
 * intentions, either (-) in every statement and no (N) in every ranked future.
 */
@Schema(description = "An options board (drama-theory model) in the exchange format")
public record DramaModelDocument(
    @Schema(description = "The characters and the options each controls, in declared order")
        List<DramaCharacter> characters,
    @Schema(description = "Each character's position: a pattern of Y, N and - over every option")
        Map<String, String> positions,
    @Schema(
            description =
                "The threatened future: what each says it will do without agreement (Y/N)")
        String statedIntentions,
    @Schema(description = "Each character's preferences") Map<String, DramaPreference> preferences,
    @Schema(description = "Doubts one character has recorded about another")
        List<DramaDoubt> doubts) {

  public DramaModelDocument {
    characters =
        characters == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(characters));
    positions =
        positions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    preferences =
        preferences == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(preferences));
    doubts = doubts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(doubts));
  }

  /** A board with nobody on it yet. */
  public static DramaModelDocument empty() {
    return new DramaModelDocument(List.of(), Map.of(), "", Map.of(), List.of());
  }

  /** How many options there are on the board, over all characters. */
  public int optionCount() {
    int n = 0;
    for (DramaCharacter c : characters) {
      n += c == null ? 0 : c.options().size();
    }
    return n;
  }

  /** The place in every pattern of the character's first option. */
  public int firstOption(int character) {
    int n = 0;
    for (int i = 0; i < character; i++) {
      n += characters.get(i).options().size();
    }
    return n;
  }

  public List<String> characterNames() {
    return characters.stream().map(DramaCharacter::name).toList();
  }

  // --- editing

  public DramaModelDocument withCharacter(String name) {
    List<DramaCharacter> cs = new ArrayList<>(characters);
    cs.add(new DramaCharacter(name, List.of()));
    Map<String, String> ps = new LinkedHashMap<>(positions);
    ps.put(name, "-".repeat(optionCount()));
    return new DramaModelDocument(cs, ps, statedIntentions, preferences, doubts);
  }

  public DramaModelDocument withCharacterRenamed(int character, String name) {
    String old = characters.get(character).name();
    List<DramaCharacter> cs = new ArrayList<>(characters);
    cs.set(character, new DramaCharacter(name, characters.get(character).options()));
    UnaryOperator<String> rename = s -> s != null && s.equals(old) ? name : s;
    return new DramaModelDocument(
        cs,
        renameKey(positions, old, name),
        statedIntentions,
        renameKey(preferences, old, name),
        doubts.stream()
            .map(d -> new DramaDoubt(rename.apply(d.by()), rename.apply(d.about())))
            .toList());
  }

  public DramaModelDocument withoutCharacter(int character) {
    DramaModelDocument board = this;
    for (int o = characters.get(character).options().size() - 1; o >= 0; o--) {
      board = board.withoutOption(character, o);
    }
    String name = characters.get(character).name();
    List<DramaCharacter> cs = new ArrayList<>(board.characters);
    cs.remove(character);
    Map<String, String> ps = new LinkedHashMap<>(board.positions);
    ps.remove(name);
    Map<String, DramaPreference> prefs = new LinkedHashMap<>(board.preferences);
    prefs.remove(name);
    return new DramaModelDocument(
        cs,
        ps,
        board.statedIntentions,
        prefs,
        board.doubts.stream()
            .filter(d -> !name.equals(d.by()) && !name.equals(d.about()))
            .toList());
  }

  public DramaModelDocument withOption(int character, DramaOption option) {
    int at = firstOption(character) + characters.get(character).options().size();
    List<DramaCharacter> cs = new ArrayList<>(characters);
    List<DramaOption> os = new ArrayList<>(characters.get(character).options());
    os.add(option);
    cs.set(character, new DramaCharacter(characters.get(character).name(), os));
    return new DramaModelDocument(
        cs,
        mapValues(positions, p -> insert(p, at, '-')),
        insert(statedIntentions == null ? "N".repeat(optionCount()) : statedIntentions, at, 'N'),
        mapValues(
            preferences, p -> mapPatterns(p, s -> insert(s, at, '-'), f -> insert(f, at, 'N'))),
        doubts);
  }

  public DramaModelDocument withOptionChanged(int character, int option, DramaOption changed) {
    List<DramaCharacter> cs = new ArrayList<>(characters);
    List<DramaOption> os = new ArrayList<>(characters.get(character).options());
    os.set(option, changed);
    cs.set(character, new DramaCharacter(characters.get(character).name(), os));
    return new DramaModelDocument(cs, positions, statedIntentions, preferences, doubts);
  }

  public DramaModelDocument withoutOption(int character, int option) {
    int at = firstOption(character) + option;
    List<DramaCharacter> cs = new ArrayList<>(characters);
    List<DramaOption> os = new ArrayList<>(characters.get(character).options());
    os.remove(option);
    cs.set(character, new DramaCharacter(characters.get(character).name(), os));
    return new DramaModelDocument(
        cs,
        mapValues(positions, p -> remove(p, at)),
        remove(statedIntentions, at),
        mapValues(preferences, p -> mapPatterns(p, s -> remove(s, at), f -> remove(f, at))),
        doubts);
  }

  public DramaModelDocument withPositions(Map<String, String> changed, String intentions) {
    return new DramaModelDocument(characters, changed, intentions, preferences, doubts);
  }

  public DramaModelDocument withPreference(String character, DramaPreference preference) {
    Map<String, DramaPreference> prefs = new LinkedHashMap<>();
    for (DramaCharacter c : characters) {
      DramaPreference p = c.name().equals(character) ? preference : preferences.get(c.name());
      if (p != null) {
        prefs.put(c.name(), p);
      }
    }
    return new DramaModelDocument(characters, positions, statedIntentions, prefs, doubts);
  }

  public DramaModelDocument withDoubt(DramaDoubt doubt) {
    List<DramaDoubt> ds = new ArrayList<>(doubts);
    if (!ds.contains(doubt)) {
      ds.add(doubt);
    }
    return new DramaModelDocument(characters, positions, statedIntentions, preferences, ds);
  }

  public DramaModelDocument withoutDoubt(int index) {
    List<DramaDoubt> ds = new ArrayList<>(doubts);
    ds.remove(index);
    return new DramaModelDocument(characters, positions, statedIntentions, preferences, ds);
  }

  private static <V> Map<String, V> renameKey(Map<String, V> map, String old, String name) {
    Map<String, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.equals(old) ? name : k, v));
    return out;
  }

  private static <V> Map<String, V> mapValues(Map<String, V> map, UnaryOperator<V> f) {
    Map<String, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v == null ? null : f.apply(v)));
    return out;
  }

  /** Applies {@code statement} to both sides of every statement and {@code future} to rankings. */
  private static DramaPreference mapPatterns(
      DramaPreference p, UnaryOperator<String> statement, UnaryOperator<String> future) {
    List<String> statements = null;
    if (p.statements() != null) {
      statements = new ArrayList<>();
      for (String s : p.statements()) {
        if (s == null) {
          statements.add(null);
          continue;
        }
        int at = s.indexOf(" if ");
        statements.add(
            at < 0
                ? statement.apply(s.trim())
                : statement.apply(s.substring(0, at).trim())
                    + " if "
                    + statement.apply(s.substring(at + 4).trim()));
      }
    }
    List<List<String>> ranking = null;
    if (p.ranking() != null) {
      ranking = new ArrayList<>();
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (List<String> group : p.ranking()) {
        List<String> g = new ArrayList<>();
        for (String f : group == null ? List.<String>of() : group) {
          String changed = f == null ? null : future.apply(f);
          // removing an option can make two ranked futures the same: the higher place stands
          if (changed == null || seen.add(changed)) {
            g.add(changed);
          }
        }
        if (!g.isEmpty()) {
          ranking.add(g);
        }
      }
    }
    return new DramaPreference(statements, ranking);
  }

  private static String insert(String pattern, int at, char c) {
    if (pattern == null || at > pattern.length()) {
      return pattern;
    }
    return pattern.substring(0, at) + c + pattern.substring(at);
  }

  private static String remove(String pattern, int at) {
    if (pattern == null || at >= pattern.length()) {
      return pattern;
    }
    return pattern.substring(0, at) + pattern.substring(at + 1);
  }
}
