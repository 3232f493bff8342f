package org.entente.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.entente.conflict.engine.Concept;
import org.entente.conflict.engine.DecisionMaker;
import org.entente.conflict.engine.GraphModel;
import org.entente.conflict.engine.Limits;
import org.entente.conflict.engine.OptionModel;
import org.entente.conflict.engine.Preference;
import org.entente.conflict.engine.StabilityAnalysis;
import org.entente.conflict.engine.StabilityResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Graph-model stability analysis of synthetic conflicts in option form: the options shared out
 * among the decision makers as evenly as they go, every option reversible both ways, and each
 * decision maker's preferences six random statements. With {@code infeasible}, two patterns rule
 * out 7 in 16 of the states. Run with {@code -prof gc} to see the memory each analysis takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx6g"})
public class StabilityBenchmark {

  @Param({"8", "12", "16"})
  int options;

  @Param({"2", "3", "4"})
  int decisionMakers;

  @Param({"false", "true"})
  boolean infeasible;

  /** One concept, or ALL for the whole analysis as the API runs it. */
  @Param({"ALL"})
  String concept;

  private GraphModel model;
  private Set<Concept> concepts;

  @Setup(Level.Trial)
  public void build() {
    model = SyntheticConflict.optionForm(options, decisionMakers, infeasible, 20261123L).graph();
    concepts =
        concept.equals("ALL")
            ? EnumSet.allOf(Concept.class)
            : EnumSet.of(Concept.valueOf(concept));
  }

  @Benchmark
  public StabilityResult analyse() {
    return StabilityAnalysis.analyse(model, concepts);
  }

  /** Synthetic option-form conflicts, the same for the same seed. */
  public static final class SyntheticConflict {

    private SyntheticConflict() {}

    public static OptionModel optionForm(
        int options, int decisionMakers, boolean infeasible, long seed) {
      Random random = new Random(seed);
      List<DecisionMaker> dms = new ArrayList<>();
      Map<String, Preference> preferences = new HashMap<>();
      int next = 0;
      for (int i = 0; i < decisionMakers; i++) {
        int count = options / decisionMakers + (i < options % decisionMakers ? 1 : 0);
        String[] names = new String[count];
        for (int o = 0; o < count; o++) {
          names[o] = "Option " + next++;
        }
        dms.add(DecisionMaker.of("DM" + i, names));
      }
      for (DecisionMaker dm : dms) {
        List<String> statements = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
          char[] p = "-".repeat(options).toCharArray();
          for (int f = 0; f < 3; f++) {
            p[random.nextInt(options)] = random.nextBoolean() ? 'Y' : 'N';
          }
          statements.add(new String(p));
        }
        preferences.put(dm.name(), new Preference.Statements(statements));
      }
      List<String> excluded = new ArrayList<>();
      if (infeasible) {
        // The first two options may not both be yes, nor the last two.
        excluded.add("YY" + "-".repeat(options - 2));
        excluded.add("-".repeat(options - 2) + "YY");
      }
      // The benchmark measures models beyond the limit on moves the application sets.
      return OptionModel.of(dms, excluded, preferences, new Limits(20, 1 << 20, Long.MAX_VALUE));
    }
  }
}
