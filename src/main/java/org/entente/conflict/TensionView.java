package org.entente.conflict;

import java.time.Instant;
import java.util.List;
import org.entente.meetings.ActionView;

/** One tension with its parties, its timeline (newest first) and the actions raised for it. */
public record TensionView(
    long id,
    long areaId,
    long partnershipId,
    int version,
    String title,
    String description,
    TensionSource source,
    TensionSeverity severity,
    TensionStage stage,
    BarrierFamily barrier,
    Instant raisedAt,
    String raisedBy,
    List<Party> parties,
    List<Entry> timeline,
    List<ActionView> actions) {

  /** An organisation of the area or a body of the partnership, by name. */
  public record Party(Long organisationId, Long bodyId, String name) {
    public boolean body() {
      return bodyId != null;
    }
  }

  /** A note, or a move from one stage to another (with an optional note), by whom and when. */
  public record Entry(Instant at, String by, String text, TensionStage from, TensionStage to) {
    public boolean move() {
      return to != null;
    }
  }

  public List<Long> organisationIds() {
    return parties.stream().filter(p -> !p.body()).map(Party::organisationId).toList();
  }

  public List<Long> bodyIds() {
    return parties.stream().filter(Party::body).map(Party::bodyId).toList();
  }
}
