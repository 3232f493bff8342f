package org.entente.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.entente.conflict.ForceFieldView.ChangeKind;
import org.entente.conflict.ForceFieldView.Force;
import org.entente.conflict.ForceFieldView.Snapshot;
import org.junit.jupiter.api.Test;

/** What a comparison of two versions of a force-field analysis reports. */
class ForceFieldChangesTests {

  static Snapshot version(int number, Force... forces) {
    return new Snapshot(number, Instant.EPOCH, "Test", "Merge", null, List.of(forces));
  }

  static Force driving(String d, int s) {
    return new Force(ForceDirection.DRIVING, d, s, null);
  }

  static Force resisting(String d, int s) {
    return new Force(ForceDirection.RESISTING, d, s, null);
  }

  @Test
  void forcesAreMatchedByDirectionAndDescriptionIgnoringCaseAndSpacing() {
    Snapshot first =
        version(
            1, driving("Same members", 3), resisting("Loss of identity", 4), driving("Cost", 2));
    Snapshot second =
        version(
            2,
            driving("same  members ", 5),
            resisting("Loss of identity", 1),
            resisting("Cost", 2),
            driving("Fewer meetings", 2));
    assertThat(ForceFieldView.changes(first, second))
        .extracting(c -> c.kind() + " " + c.direction() + " " + c.before() + " " + c.after())
        .containsExactlyInAnyOrder(
            "STRENGTHENED DRIVING 3 5",
            "WEAKENED RESISTING 4 1",
            "ADDED RESISTING null 2",
            "ADDED DRIVING null 2",
            "REMOVED DRIVING 2 null");
  }

  @Test
  void totalsAndBalanceAddUpEachSide() {
    Snapshot s = version(1, driving("A", 3), driving("B", 4), resisting("C", 5));
    assertThat(s.drivingTotal()).isEqualTo(7);
    assertThat(s.resistingTotal()).isEqualTo(5);
    assertThat(s.balance()).isEqualTo(2);
    assertThat(ForceFieldView.changes(s, s)).allMatch(c -> c.kind() == ChangeKind.UNCHANGED);
  }
}
