package org.entente.performance;

import java.util.List;

/**
 * How a scorecard perspective takes its colour from what it holds (indicators, overdue actions,
 * health-check bands, risks), so that every perspective can show what drives it. Grey signals have
 * nothing to judge by and do not count. Of the rest: red when a third or more are red; amber when
 * any is red or a third or more are amber; green otherwise; grey when nothing can be judged. The
 * area's scorecard rolls partnerships' perspectives up by the same rule.
 */
public final class Scorecard {

  private Scorecard() {}

  /** The four perspectives, in the order a scorecard shows them. */
  public enum Perspective {
    OUTCOMES_FOR_PEOPLE,
    PARTNERSHIP_PROCESSES,
    RESOURCES_AND_VALUE,
    LEARNING_AND_CAPACITY
  }

  /** One thing a perspective holds: what it is, its colour, and a line of detail for people. */
  public record Signal(String label, Rag rag, String detail) {
    public Signal {
      if (rag == null) {
        throw new IllegalArgumentException("A signal needs a colour.");
      }
    }
  }

  /** A perspective's colour, the signals that drive it, and all it holds. */
  public record Outcome(Rag rag, List<Signal> drivers, List<Signal> signals) {}

  /** The colour of a perspective holding {@code signals}, and what drives it. */
  public static Outcome rollUp(List<Signal> signals) {
    long judged = signals.stream().filter(s -> s.rag() != Rag.GREY).count();
    long red = count(signals, Rag.RED);
    long amber = count(signals, Rag.AMBER);
    Rag rag;
    if (judged == 0) {
      rag = Rag.GREY;
    } else if (red * 3 >= judged) {
      rag = Rag.RED;
    } else if (red > 0 || amber * 3 >= judged) {
      rag = Rag.AMBER;
    } else {
      rag = Rag.GREEN;
    }
    List<Signal> drivers =
        signals.stream()
            .filter(
                s -> rag == Rag.AMBER ? s.rag() == Rag.RED || s.rag() == Rag.AMBER : s.rag() == rag)
            .toList();
    return new Outcome(rag, drivers, List.copyOf(signals));
  }

  private static long count(List<Signal> signals, Rag rag) {
    return signals.stream().filter(s -> s.rag() == rag).count();
  }
}
