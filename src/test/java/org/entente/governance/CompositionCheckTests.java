package org.entente.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.governance.Composition.SeatHolding;
import org.entente.governance.Warning.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositionCheckTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Guidance BOARD = BodyKind.BOARD.defaults();

  /** A board of {@code n} filled seats, each member at tier 1 with a deputy. */
  static List<SeatHolding> healthySeats(int n) {
    List<SeatHolding> seats = new ArrayList<>();
    IntStream.range(0, n)
        .forEach(i -> seats.add(new SeatHolding(i, "Seat " + i, false, false, 1, true)));
    return seats;
  }

  static Composition board(List<SeatHolding> seats) {
    return new Composition(BodyKind.BOARD, RoleLayer.STRATEGIC, null, false, false, seats);
  }

  static List<Kind> kinds(Composition body, Guidance guidance) {
    return CompositionCheck.warnings(body, guidance, TODAY).stream().map(Warning::kind).toList();
  }

  @Test
  void aHealthyBoardRaisesNothing() {
    assertThat(kinds(board(healthySeats(13)), BOARD)).isEmpty();
  }

  @Nested
  class Size {
    @Test
    void tooLargeAboveTheOptimum() {
      List<Warning> w = CompositionCheck.warnings(board(healthySeats(22)), BOARD, TODAY);
      assertThat(w).containsExactly(Warning.of(Kind.TOO_LARGE, 22, 15));
    }

    @Test
    void atTheTopOfTheRangeIsFine() {
      assertThat(kinds(board(healthySeats(15)), BOARD)).doesNotContain(Kind.TOO_LARGE);
    }

    @Test
    void tooSmallBelowTheOptimum() {
      assertThat(kinds(board(healthySeats(5)), BOARD)).containsExactly(Kind.TOO_SMALL);
    }

    @Test
    void openEndedSizesNeverWarn() {
      Composition conference =
          new Composition(
              BodyKind.CONFERENCE, RoleLayer.ENGAGEMENT, null, false, false, healthySeats(200));
      assertThat(kinds(conference, BodyKind.CONFERENCE.defaults())).isEmpty();
    }
  }

  @Nested
  class Seats {
    @Test
    void vacantSeatIsNamed() {
      List<SeatHolding> seats = healthySeats(12);
      seats.add(new SeatHolding(99, "Police", false, false, null, false));
      assertThat(CompositionCheck.warnings(board(seats), BOARD, TODAY))
          .containsExactly(Warning.of(Kind.VACANT_SEAT, "Police"));
    }

    @Test
    void missingDeputyWhenDeputiesAreRequired() {
      List<SeatHolding> seats = healthySeats(12);
      seats.add(new SeatHolding(99, "Fire and rescue", false, false, 1, false));
      assertThat(CompositionCheck.warnings(board(seats), BOARD, TODAY))
          .containsExactly(Warning.of(Kind.NO_DEPUTY, "Fire and rescue"));
    }

    @Test
    void missingDeputyIsFineWhenNotRequired() {
      Composition group =
          new Composition(
              BodyKind.DELIVERY_GROUP,
              RoleLayer.OPERATIONAL,
              TODAY.plusMonths(3),
              false,
              false,
              List.of(
                  new SeatHolding(1, "Lead", false, false, 3, false),
                  new SeatHolding(2, "Health", false, false, 4, false),
                  new SeatHolding(3, "Police", false, false, 4, false)));
      assertThat(kinds(group, BodyKind.DELIVERY_GROUP.defaults())).isEmpty();
    }
  }

  @Nested
  class Seniority {
    @Test
    void strategicBodyWithJuniorMembers() {
      List<SeatHolding> seats = healthySeats(11);
      seats.add(new SeatHolding(98, "Police", false, false, 3, true));
      seats.add(new SeatHolding(99, "NHS", false, false, 4, true));
      assertThat(CompositionCheck.warnings(board(seats), BOARD, TODAY))
          .containsExactly(Warning.of(Kind.BELOW_EXPECTED_TIER, 2L, 2));
    }

    @Test
    void secondTierMeetsABoardsExpectation() {
      List<SeatHolding> seats = healthySeats(11);
      seats.add(new SeatHolding(98, "Police", false, false, 2, true));
      assertThat(kinds(board(seats), BOARD)).isEmpty();
    }

    @Test
    void operationalBodiesAreNotHeldToATier() {
      Guidance strict = new Guidance(BodyKind.DELIVERY_GROUP, null, null, null, false, 1);
      Composition group =
          new Composition(
              BodyKind.DELIVERY_GROUP,
              RoleLayer.OPERATIONAL,
              TODAY.plusDays(1),
              false,
              false,
              List.of(new SeatHolding(1, "Lead", false, false, 4, false)));
      assertThat(kinds(group, strict)).isEmpty();
    }
  }

  @Nested
  class Representation {
    @Test
    void expectedVoluntaryAndElectedSeatsMissing() {
      Composition body =
          new Composition(BodyKind.BOARD, RoleLayer.STRATEGIC, null, true, true, healthySeats(12));
      assertThat(kinds(body, BOARD)).containsExactly(Kind.NO_VOLUNTARY_SEAT, Kind.NO_ELECTED_SEAT);
    }

    @Test
    void expectedSeatsPresent() {
      List<SeatHolding> seats = healthySeats(10);
      seats.add(new SeatHolding(98, "Voluntary sector", true, false, 2, true));
      seats.add(new SeatHolding(99, "Cabinet member", false, true, 1, true));
      Composition body =
          new Composition(BodyKind.BOARD, RoleLayer.STRATEGIC, null, true, true, seats);
      assertThat(kinds(body, BOARD)).isEmpty();
    }
  }

  @Nested
  class TimeLimits {
    static final Guidance GROUP = BodyKind.DELIVERY_GROUP.defaults();

    static Composition group(LocalDate end) {
      return new Composition(
          BodyKind.DELIVERY_GROUP,
          RoleLayer.OPERATIONAL,
          end,
          false,
          false,
          List.of(
              new SeatHolding(1, "A", false, false, 3, false),
              new SeatHolding(2, "B", false, false, 3, false),
              new SeatHolding(3, "C", false, false, 3, false)));
    }

    @Test
    void pastItsEndDate() {
      assertThat(CompositionCheck.warnings(group(TODAY.minusDays(1)), GROUP, TODAY))
          .containsExactly(Warning.of(Kind.PAST_END_DATE, TODAY.minusDays(1)));
    }

    @Test
    void endingTodayIsNotYetPast() {
      assertThat(kinds(group(TODAY), GROUP)).isEmpty();
    }

    @Test
    void aTimeLimitedGroupWithoutAnEndDate() {
      assertThat(kinds(group(null), GROUP)).containsExactly(Kind.NO_END_DATE);
    }

    @Test
    void standingBodiesNeedNoEndDate() {
      assertThat(kinds(board(healthySeats(12)), BOARD)).doesNotContain(Kind.NO_END_DATE);
    }
  }
}
