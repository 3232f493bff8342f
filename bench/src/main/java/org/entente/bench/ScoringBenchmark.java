package org.entente.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.entente.assessment.Answer;
import org.entente.assessment.Banding;
import org.entente.assessment.Change;
import org.entente.assessment.Dimension;
import org.entente.assessment.Instrument;
import org.entente.assessment.Item;
import org.entente.assessment.Response;
import org.entente.assessment.Results;
import org.entente.assessment.Scale;
import org.entente.assessment.Scoring;
import org.entente.assessment.ScoringOptions;
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
 * Scoring a health-check round: every item's and dimension's mean, spread, band and distribution,
 * the breakdown by sector and organisation with anonymity kept, the most disputed items, and the
 * change since a previous round of the same size. Respondents come from 6 sectors and 40
 * organisations; one answer in twenty is "don't know" and one item in ten is reversed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

  @Param({"50", "500", "5000"})
  int respondents;

  @Param({"60"})
  int items;

  private Instrument instrument;
  private List<Response> round;
  private Results previous;

  @Setup(Level.Trial)
  public void build() {
    instrument = instrument(items);
    round = responses(instrument, respondents, new Random(1));
    previous = Scoring.score(instrument, responses(instrument, respondents, new Random(2)));
  }

  @Benchmark
  public Results score() {
    return Scoring.score(instrument, round, ScoringOptions.DEFAULT);
  }

  @Benchmark
  public Change scoreAndCompare() {
    return Scoring.change(previous, Scoring.score(instrument, round, ScoringOptions.DEFAULT));
  }

  static Instrument instrument(int items) {
    List<Dimension> dimensions = new ArrayList<>();
    List<Item> list = new ArrayList<>();
    int perDimension = 6;
    for (int d = 0; d * perDimension < items; d++) {
      dimensions.add(new Dimension("d" + d, "Dimension " + d));
      for (int k = 0; k < perDimension && d * perDimension + k < items; k++) {
        int n = d * perDimension + k;
        list.add(new Item("i" + n, "d" + d, "Item " + n, n % 10 == 9));
      }
    }
    Scale scale = new Scale(1, 5, List.of(), true);
    return new Instrument("bench", 1, dimensions, list, scale, Banding.DEFAULT);
  }

  static List<Response> responses(Instrument instrument, int count, Random random) {
    String[] sectors = {"Council", "Police", "Health", "Fire", "Voluntary", "Business"};
    List<Response> out = new ArrayList<>(count);
    for (int r = 0; r < count; r++) {
      Map<String, Answer> answers = new HashMap<>();
      int leaning = random.nextInt(3);
      for (Item item : instrument.items()) {
        answers.put(
            item.key(),
            random.nextInt(20) == 0
                ? Answer.unknown()
                : Answer.of(Math.min(5, 1 + leaning + random.nextInt(3))));
      }
      int organisation = random.nextInt(40);
      out.add(
          new Response(
              "r" + r,
              sectors[organisation % sectors.length],
              "Organisation " + organisation,
              answers));
    }
    return out;
  }
}
