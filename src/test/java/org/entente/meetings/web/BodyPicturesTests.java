package org.entente.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.meetings.Actions;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.BodyRecord;
import org.entente.meetings.DecisionMix;
import org.junit.jupiter.api.Test;

/** Where the marks of a body's pictures are drawn. */
class BodyPicturesTests {

  static final BodyRecord.MeetingDate JAN =
      new BodyRecord.MeetingDate(1, LocalDate.of(2026, 1, 15));
  static final BodyRecord.MeetingDate MAR =
      new BodyRecord.MeetingDate(2, LocalDate.of(2026, 3, 12));

  static BodyRecord record() {
    return BodyRecord.assemble(
        7,
        null,
        List.of(JAN, MAR),
        List.of(
            new BodyRecord.Seat(10, "Police", "Northshire Police", "PUBLIC", null, null),
            new BodyRecord.Seat(11, "Health", null, "PUBLIC", MAR.date(), null)),
        List.of(
            new BodyRecord.Attended(1, 10, AttendanceStatus.SUBSTITUTE, 1),
            new BodyRecord.Attended(2, 10, AttendanceStatus.SUBSTITUTE, 4),
            new BodyRecord.Attended(2, 11, AttendanceStatus.SUBSTITUTE, 2)),
        new DecisionMix(8, 1, 1));
  }

  @Test
  void theHeatMapHasACellPerSeatAndMeetingAndLeavesBlankWhereThereWasNoSeat() {
    BodyPictures.HeatMap map = BodyPictures.HeatMap.of(record());
    assertThat(map.columns()).hasSize(2);
    assertThat(map.rows()).hasSize(2);
    assertThat(map.width())
        .isEqualTo(BodyPictures.LABEL_WIDTH + 2 * BodyPictures.CELL + BodyPictures.MARGIN);
    BodyPictures.HeatCell first = map.rows().get(0).cells().get(0);
    assertThat(first.look()).isEqualTo(BodyPictures.Look.SUBSTITUTE);
    assertThat(first.tier()).isEqualTo(1);
    assertThat(map.rows().get(1).cells().get(0).drawn()).isFalse();
    assertThat(map.rows().get(1).y()).isEqualTo(map.rows().get(0).y() + BodyPictures.CELL);
    assertThat(map.legend()).doesNotContain(BodyPictures.Look.NOT_A_SEAT);
  }

  @Test
  void substituteBarsStackTiersFromTheBottomOnAScaleThatFitsTheTallest() {
    BodyPictures.SubstituteChart chart =
        BodyPictures.SubstituteChart.of(record().substituteShares());
    // January: one seat of one, tier 1 (100%); March: two of two, tiers 2 and 4 (100%)
    assertThat(chart.ticks()).extracting(BodyPictures.Tick::percent).contains(0, 50, 100);
    BodyPictures.StackedBar march = chart.bars().get(1);
    assertThat(march.segments()).extracting(BodyPictures.Segment::tier).containsExactly(2, 4);
    BodyPictures.Segment tier2 = march.segments().get(0);
    BodyPictures.Segment tier4 = march.segments().get(1);
    assertThat(tier2.y() + tier2.height()).isEqualTo(chart.bottom());
    assertThat(tier4.y() + tier4.height()).isEqualTo(tier2.y());
    assertThat(tier2.height()).isEqualTo(BodyPictures.PLOT_HEIGHT / 2);
    assertThat(march.top()).isEqualTo(BodyPictures.PLOT_TOP);
  }

  @Test
  void aSmallShareOfSubstitutesIsDrawnOnAScaleToAQuarter() {
    BodyRecord.SubstituteShare one = new BodyRecord.SubstituteShare(JAN, 10, List.of(0, 0, 1, 0));
    BodyPictures.SubstituteChart chart = BodyPictures.SubstituteChart.of(List.of(one));
    assertThat(chart.ticks())
        .extracting(BodyPictures.Tick::percent)
        .containsExactly(0, 5, 10, 15, 20, 25);
    assertThat(chart.bars().get(0).segments().get(0).height())
        .isEqualTo(BodyPictures.PLOT_HEIGHT * 10 / 25);
  }

  @Test
  void decisionBarsSitOverTheBandTheRuleOfThumbAllows() {
    BodyPictures.DecisionChart chart = BodyPictures.DecisionChart.of(new DecisionMix(8, 1, 1));
    BodyPictures.DecisionRow agreed = chart.rows().get(0);
    assertThat(agreed.barWidth()).isEqualTo(BodyPictures.BAR_AREA * 80 / 100);
    assertThat(agreed.bandX())
        .isEqualTo(BodyPictures.BAR_LABEL_WIDTH + BodyPictures.BAR_AREA * 85 / 100);
    assertThat(agreed.inBand()).isFalse();
    assertThat(chart.rows().get(1).inBand()).isTrue();
    assertThat(chart.rows().get(2).inBand()).isFalse();
  }

  @Test
  void actionBarsAreScaledToTheLargestCountWithOverdueAfterInProgress() {
    BodyPictures.ActionChart chart =
        BodyPictures.ActionChart.of(new Actions.BodyActions(4, 2, 1, 0, 3));
    assertThat(chart.rows())
        .extracting(BodyPictures.ActionRow::key)
        .containsExactly(
            "actionStatus.OPEN",
            "actionStatus.IN_PROGRESS",
            "record.actions.overdue",
            "actionStatus.DONE",
            "actionStatus.DROPPED");
    assertThat(chart.rows())
        .extracting(BodyPictures.ActionRow::barWidth)
        .containsExactly(
            BodyPictures.BAR_AREA,
            BodyPictures.BAR_AREA / 2,
            BodyPictures.BAR_AREA * 3 / 4,
            BodyPictures.BAR_AREA / 4,
            0);
  }
}
