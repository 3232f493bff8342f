package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An action is overdue when its due date has passed and it is neither done nor dropped. */
class ActionStatusTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void anOutstandingActionDueYesterdayIsOverdue() {
    assertThat(ActionStatus.OPEN.overdue(TODAY.minusDays(1), TODAY)).isTrue();
    assertThat(ActionStatus.IN_PROGRESS.overdue(TODAY.minusDays(1), TODAY)).isTrue();
  }

  @Test
  void anActionDueTodayOrLaterIsNotYetOverdue() {
    assertThat(ActionStatus.OPEN.overdue(TODAY, TODAY)).isFalse();
    assertThat(ActionStatus.IN_PROGRESS.overdue(TODAY.plusDays(3), TODAY)).isFalse();
  }

  @Test
  void doneAndDroppedActionsAreNeverOverdue() {
    assertThat(ActionStatus.DONE.overdue(TODAY.minusYears(1), TODAY)).isFalse();
    assertThat(ActionStatus.DROPPED.overdue(TODAY.minusYears(1), TODAY)).isFalse();
    assertThat(ActionStatus.DONE.outstanding()).isFalse();
    assertThat(ActionStatus.OPEN.outstanding()).isTrue();
  }
}
