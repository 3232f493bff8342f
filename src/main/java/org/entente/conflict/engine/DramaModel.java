package org.entente.conflict.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An options board: characters and the options each controls, each character's position, the
 * threatened future (everyone's stated intentions), preferences and recorded doubts. Futures are
 * Y/N patterns over every option in declared order; an open option (-) in a position takes its
 * value from the threatened future. "Prefers" is always strict.
 */
public final class DramaModel {

  /** A doubt one character has recorded about another. */
  public record Doubt(String by, String about) {}

  /** Crisis while positions differ, commitment once they coincide. */
  public enum Mode {
    CRISIS,
    COMMITMENT
  }

  /** The mode and the dilemmas, character by character in declared order. */
  public record Result(Mode mode, List<Dilemma> dilemmas) {
    public Result {
      dilemmas = List.copyOf(dilemmas);
    }
  }

  private final List<DecisionMaker> characters;
  private final int[] firstOption;
  private final int options;
  private final int[] position;
  private final int threatened;
  private final Patterns.Scorer[] scorers;
  private final Set<String> doubts;
  private final List<String> positionNames;

  private DramaModel(
      List<DecisionMaker> characters,
      int[] firstOption,
      int options,
      int[] position,
      int threatened,
      Patterns.Scorer[] scorers,
      Set<String> doubts) {
    this.characters = characters;
    this.firstOption = firstOption;
    this.options = options;
    this.position = position;
    this.threatened = threatened;
    this.scorers = scorers;
    this.doubts = doubts;
    this.positionNames = new ArrayList<>();
    for (int p : position) {
      positionNames.add(Patterns.name(p, options));
    }
  }

  /**
   * Builds an options board. Rankings may list only some futures; those left out are tied below
   * every listed one.
   */
  public static DramaModel of(
      List<DecisionMaker> characters,
      Map<String, String> positions,
      String threatenedFuture,
      Map<String, Preference> preferences,
      List<Doubt> doubts,
      Limits limits) {
    characters = List.copyOf(characters);
    if (characters.size() < 2) {
      throw new IllegalArgumentException("An options board needs at least two characters.");
    }
    int n = characters.stream().mapToInt(c -> c.options().size()).sum();
    if (n > limits.maxOptions()) {
      throw new IllegalArgumentException(
          "The board has " + n + " options; at most " + limits.maxOptions() + " can be analysed.");
    }
    List<String> names = characters.stream().map(DecisionMaker::name).toList();
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("Every character needs a different name.");
    }
    GraphModel.unknownKeys(positions.keySet(), names, "Positions");
    GraphModel.unknownKeys(preferences.keySet(), names, "Preferences");
    int t = Patterns.state(threatenedFuture, n, "The threatened future");
    int[] first = new int[characters.size()];
    int[] pos = new int[characters.size()];
    Patterns.Scorer[] scorers = new Patterns.Scorer[characters.size()];
    int f = 0;
    for (int i = 0; i < characters.size(); i++) {
      String name = names.get(i);
      first[i] = f;
      f += characters.get(i).options().size();
      String p = positions.get(name);
      if (p == null) {
        throw new IllegalArgumentException(name + " needs a position.");
      }
      Patterns.Compiled c = Patterns.compile(p, n, name + "'s position");
      pos[i] = c.value() | (t & ~c.mask());
      Preference pref = preferences.get(name);
      if (pref == null) {
        throw new IllegalArgumentException(name + " needs preferences.");
      }
      scorers[i] = scorer(pref, n, name);
    }
    Set<String> doubtKeys = new HashSet<>();
    for (Doubt d : doubts) {
      if (!names.contains(d.by()) || !names.contains(d.about())) {
        throw new IllegalArgumentException("A doubt names an unknown character.");
      }
      if (d.by().equals(d.about())) {
        throw new IllegalArgumentException(d.by() + " cannot record a doubt about itself.");
      }
      doubtKeys.add(d.by() + "\n" + d.about());
    }
    return new DramaModel(characters, first, n, pos, t, scorers, doubtKeys);
  }

  private static Patterns.Scorer scorer(Preference pref, int n, String owner) {
    if (pref instanceof Preference.Statements st) {
      return Patterns.statements(st.statements(), n, owner);
    }
    List<List<String>> groups = ((Preference.Ranking) pref).groups();
    Map<Integer, Long> score = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String future : groups.get(g)) {
        int s = Patterns.state(future, n, owner + "'s ranked future");
        if (score.put(s, (long) (groups.size() - g)) != null) {
          throw new IllegalArgumentException(owner + "'s ranking lists " + future + " twice.");
        }
      }
    }
    return s -> score.getOrDefault(s, 0L);
  }

  /** The dilemmas every character faces, recomputed from the board as it stands. */
  public Result dilemmas() {
    boolean agreed = true;
    for (int p : position) {
      agreed &= p == position[0];
    }
    List<Dilemma> out = new ArrayList<>();
    String t = Patterns.name(threatened, options);
    for (int a = 0; a < characters.size(); a++) {
      String an = name(a);
      if (agreed) {
        int p = position[0];
        String pn = Patterns.name(p, options);
        int better = betterOwnChange(a, p);
        if (better >= 0) {
          out.add(
              new Dilemma(
                  an,
                  Dilemma.Type.COOPERATION,
                  null,
                  an
                      + " would rather change its own part of the agreement "
                      + pn
                      + " to "
                      + Patterns.name(better, options)
                      + ", so its promise to keep it is doubtful."));
        }
        for (int b = 0; b < characters.size(); b++) {
          if (b == a) {
            continue;
          }
          String bn = name(b);
          int bBetter = betterOwnChange(b, p);
          if (bBetter >= 0) {
            out.add(
                new Dilemma(
                    an,
                    Dilemma.Type.TRUST,
                    bn,
                    an
                        + " cannot rely on "
                        + bn
                        + ", who would rather change its own part of the agreement "
                        + pn
                        + " to "
                        + Patterns.name(bBetter, options)
                        + "."));
          } else if (doubts.contains(an + "\n" + bn)) {
            out.add(
                new Dilemma(
                    an,
                    Dilemma.Type.TRUST,
                    bn,
                    an
                        + " has recorded a doubt that "
                        + bn
                        + " will keep to the agreement "
                        + pn
                        + "."));
          }
        }
        continue;
      }
      for (int b = 0; b < characters.size(); b++) {
        if (b == a) {
          continue;
        }
        String bn = name(b);
        if (!prefers(b, position[a], threatened)) {
          out.add(
              new Dilemma(
                  an,
                  Dilemma.Type.PERSUASION,
                  bn,
                  bn
                      + " does not prefer "
                      + an
                      + "'s position "
                      + positionNames.get(a)
                      + " to the threatened future "
                      + t
                      + ", so "
                      + an
                      + "'s threat does not move "
                      + bn
                      + "."));
        }
      }
      for (int b = 0; b < characters.size(); b++) {
        if (b != a && prefers(a, position[b], threatened)) {
          String bn = name(b);
          out.add(
              new Dilemma(
                  an,
                  Dilemma.Type.REJECTION,
                  bn,
                  an
                      + " prefers "
                      + bn
                      + "'s position "
                      + positionNames.get(b)
                      + " to the threatened future "
                      + t
                      + ", so its refusal of "
                      + bn
                      + "'s position is not credible."));
        }
      }
      int better = betterOwnChange(a, threatened);
      if (better >= 0) {
        out.add(
            new Dilemma(
                an,
                Dilemma.Type.THREAT,
                null,
                "If the others do what they say, "
                    + an
                    + " would rather change its own part of the threatened future "
                    + t
                    + " to "
                    + Patterns.name(better, options)
                    + ", so its threat is not credible."));
      }
      for (int b = 0; b < characters.size(); b++) {
        if (b != a && prefers(a, position[b], position[a])) {
          String bn = name(b);
          out.add(
              new Dilemma(
                  an,
                  Dilemma.Type.POSITIONING,
                  bn,
                  an
                      + " prefers "
                      + bn
                      + "'s position "
                      + positionNames.get(b)
                      + " to its own position "
                      + positionNames.get(a)
                      + "."));
        }
      }
    }
    return new Result(agreed ? Mode.COMMITMENT : Mode.CRISIS, out);
  }

  private boolean prefers(int character, int x, int y) {
    return scorers[character].score(x) > scorers[character].score(y);
  }

  /** A future differing from {@code future} only in {@code character}'s options that it prefers. */
  private int betterOwnChange(int character, int future) {
    int count = characters.get(character).options().size();
    int own = ((1 << count) - 1) << firstOption[character];
    long base = scorers[character].score(future);
    int best = -1;
    long bestScore = base;
    for (int sub = own; sub != 0; sub = (sub - 1) & own) {
      long s = scorers[character].score(future ^ sub);
      if (s > bestScore) {
        best = future ^ sub;
        bestScore = s;
      }
    }
    return best;
  }

  private String name(int i) {
    return characters.get(i).name();
  }

  @Override
  public String toString() {
    return "DramaModel" + Objects.toString(positionNames);
  }
}
