package org.entente.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entente.assessment.Band;
import org.entente.assessment.Scale;
import org.entente.assessment.Summary;
import org.entente.assessment.web.ResultPictures.Comparison;
import org.entente.assessment.web.ResultPictures.Group;
import org.entente.assessment.web.ResultPictures.HeatMap;
import org.entente.assessment.web.ResultPictures.Line;
import org.entente.assessment.web.ResultPictures.Look;
import org.entente.assessment.web.ResultPictures.Mark;
import org.entente.assessment.web.ResultPictures.Radar;
import org.entente.assessment.web.ResultPictures.Series;
import org.entente.assessment.web.ResultPictures.Spoke;
import org.entente.assessment.web.ResultPictures.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the marks of the results pictures go. */
class ResultPicturesTests {

  static final Scale FIVE = new Scale(1, 5, List.of(), true);
  static final Summary HIDDEN = new Summary(true, null, null, List.of(), null, null, null, false);
  static final Summary EMPTY =
      new Summary(false, 0, 2, List.of(0, 0, 0, 0, 0), null, null, null, false);

  static Summary scored(double mean, double spread, Band band) {
    return new Summary(false, 3, 0, List.of(0, 1, 1, 1, 0), mean, spread, band, spread > 1);
  }

  @ParameterizedTest(name = "{0} scored of {1} spokes drawable: {2}")
  @CsvSource({"0,0,false", "2,2,false", "2,4,false", "3,3,true", "3,5,true", "8,8,true"})
  void radarNeedsThreeScoredDimensions(int scored, int total, boolean drawable) {
    List<Spoke> spokes =
        java.util.stream.IntStream.range(0, total)
            .mapToObj(i -> new Spoke("d" + i, i < scored ? scored(3, 0, Band.AMBER) : HIDDEN))
            .toList();
    assertThat(Radar.drawable(spokes)).isEqualTo(drawable);
    if (drawable) {
      assertThat(Radar.of(spokes, FIVE).axes()).hasSize(scored);
    } else {
      assertThatThrownBy(() -> Radar.of(spokes, FIVE)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "mean {0} sits {1} from the centre")
  @CsvSource({"1,0", "3,75", "5,150", "2.5,56.25"})
  void radarPointsSitAtTheirMean(double mean, double radius) {
    Radar r =
        Radar.of(
            List.of(
                new Spoke("a", scored(mean, 0, Band.RED)),
                new Spoke("b", scored(3, 0, Band.AMBER)),
                new Spoke("c", scored(3, 0, Band.AMBER))),
            FIVE);
    // the first spoke points straight up
    assertThat(r.centre() - r.axes().get(0).pointY())
        .isCloseTo(radius, org.assertj.core.data.Offset.offset(0.1));
    assertThat(r.axes().get(0).mean()).isEqualTo(ResultPictures.figure(mean));
    // one ring per scale point above the lowest
    assertThat(r.rings()).extracting(ResultPictures.Ring::value).containsExactly(2, 3, 4, 5);
  }

  @Test
  void heatMapShowsHiddenGroupsAsHiddenAndNeverTheirNumbers() {
    Map<String, Summary> shown = Map.of("q1", scored(2.0, 0.5, Band.RED), "q2", EMPTY);
    Map<String, Summary> partlyHidden = Map.of("q1", HIDDEN, "q2", scored(4.25, 0, Band.GREEN));
    HeatMap map =
        HeatMap.of(
            List.of(
                new Line("d", "Trust", true),
                new Line("q1", "Q1", false),
                new Line("q2", "Q2", false)),
            List.of(
                new Group("Police", false, shown),
                new Group("Voluntary", false, partlyHidden),
                new Group("Health", true, Map.of("q1", scored(1, 0, Band.RED)))));
    assertThat(map.columns())
        .extracting(ResultPictures.HeatColumn::hidden)
        .containsExactly(false, false, true);
    assertThat(map.rows().get(0).heading()).isTrue();
    assertThat(map.rows().get(0).cells()).isEmpty();
    assertThat(map.rows().get(1).cells())
        .extracting(ResultPictures.HeatCell::look, ResultPictures.HeatCell::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Look.RED, "2.0"),
            org.assertj.core.groups.Tuple.tuple(Look.HIDDEN, "H"),
            org.assertj.core.groups.Tuple.tuple(Look.HIDDEN, "H"));
    assertThat(map.rows().get(2).cells())
        .extracting(ResultPictures.HeatCell::look, ResultPictures.HeatCell::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Look.EMPTY, "–"),
            org.assertj.core.groups.Tuple.tuple(Look.GREEN, "4.3"),
            org.assertj.core.groups.Tuple.tuple(Look.HIDDEN, "H"));
    assertThat(map.width()).isEqualTo(ResultPictures.HEAT_LABEL + 3 * ResultPictures.HEAT_CELL + 8);
  }

  @ParameterizedTest(name = "{0} dimensions in {1} by {2}")
  @CsvSource({"1,300,180", "2,600,180", "3,600,360", "5,600,540"})
  void trendHasAPanelPerDimensionTwoAcross(int dimensions, int width, int height) {
    List<Series> series =
        java.util.stream.IntStream.range(0, dimensions)
            .mapToObj(
                i -> new Series("d" + i, List.of(scored(2, 0, Band.RED), scored(4, 0, Band.GREEN))))
            .toList();
    Trend t = Trend.of(List.of("2025", "2026"), series, FIVE);
    assertThat(t.panels()).hasSize(dimensions);
    assertThat(t.width()).isEqualTo(width);
    assertThat(t.height()).isEqualTo(height);
    assertThat(t.panels().get(0).points())
        .extracting(ResultPictures.TrendPoint::mean)
        .containsExactly("2.0", "4.0");
    // higher means sit higher up
    assertThat(t.panels().get(0).points().get(1).y())
        .isLessThan(t.panels().get(0).points().get(0).y());
  }

  @Test
  void trendLeavesOutRoundsWithoutAScore() {
    Trend t =
        Trend.of(
            List.of("a", "b", "c"),
            List.of(new Series("d", List.of(scored(2, 0, Band.RED), HIDDEN, EMPTY))),
            FIVE);
    assertThat(t.panels().get(0).rounds()).hasSize(3);
    assertThat(t.panels().get(0).points()).hasSize(1);
  }

  @ParameterizedTest(name = "mean {0} spread {1}: bar {2}..{3}")
  @CsvSource({"3,1,2,4", "1.5,1,1,2.5", "4.5,1,3.5,5", "3,0,3,3"})
  void comparisonBarsStayOnTheScale(double mean, double spread, double from, double to) {
    Comparison c =
        Comparison.of(
            List.of("Trust"),
            List.of(List.of(new Mark(1, scored(mean, spread, Band.AMBER)), new Mark(2, HIDDEN))),
            FIVE);
    ResultPictures.CompareDot dot = c.blocks().get(0).dots().get(0);
    double unit = ResultPictures.COMPARE_PLOT / 4.0;
    assertThat(dot.from())
        .isCloseTo(c.left() + (from - 1) * unit, org.assertj.core.data.Offset.offset(0.1));
    assertThat(dot.to())
        .isCloseTo(c.left() + (to - 1) * unit, org.assertj.core.data.Offset.offset(0.1));
    assertThat(c.blocks().get(0).dots()).hasSize(1);
  }
}
