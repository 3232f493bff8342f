package org.entente.conflict.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.entente.conflict.BarrierFamily;
import org.entente.conflict.TensionSeverity;
import org.entente.conflict.TensionSource;
import org.entente.conflict.TensionStage;
import org.entente.conflict.Tensions;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A tension in a partnership: between whom, where it comes from, and how far it has got. */
@Table("tension")
class Tension {

  @Id Long id;
  long areaId;
  long partnershipId;
  String title;
  String description;
  TensionSource source;
  TensionSeverity severity;
  TensionStage stage;
  BarrierFamily barrier;
  Instant raisedAt;
  String raisedBy;
  @Version Integer version;

  @MappedCollection(idColumn = "tension_id")
  Set<Party> parties = new HashSet<>();

  @MappedCollection(idColumn = "tension_id")
  Set<Note> notes = new HashSet<>();

  @MappedCollection(idColumn = "tension_id")
  Set<LinkedAction> actions = new HashSet<>();

  static Tension raise(
      long areaId, long partnershipId, Tensions.TensionDetails d, String by, Instant now) {
    Tension t = new Tension();
    t.areaId = areaId;
    t.partnershipId = partnershipId;
    t.stage = TensionStage.RAISED;
    t.raisedAt = now;
    t.raisedBy = by;
    t.describe(d);
    return t;
  }

  void describe(Tensions.TensionDetails d) {
    title = d.title().trim();
    description = d.description() == null || d.description().isBlank() ? null : d.description();
    source = d.source();
    severity = d.severity();
    barrier = d.barrier();
    parties.clear();
    for (Long o : d.organisationIds() == null ? java.util.List.<Long>of() : d.organisationIds()) {
      Party p = new Party();
      p.organisationId = o;
      parties.add(p);
    }
    for (Long b : d.bodyIds() == null ? java.util.List.<Long>of() : d.bodyIds()) {
      Party p = new Party();
      p.bodyId = b;
      parties.add(p);
    }
  }

  void move(TensionStage to, String text, String by, Instant now) {
    Note n = note(text, by, now);
    n.stageFrom = stage;
    n.stageTo = to;
    stage = to;
  }

  Note note(String text, String by, Instant now) {
    Note n = new Note();
    n.notedAt = now;
    n.notedBy = by;
    n.text = text == null || text.isBlank() ? null : text.trim();
    notes.add(n);
    return n;
  }

  void link(long actionId) {
    LinkedAction a = new LinkedAction();
    a.actionId = actionId;
    actions.add(a);
  }

  @Table("tension_party")
  static class Party {
    @Id Long id;
    Long organisationId;
    Long bodyId;
  }

  @Table("tension_note")
  static class Note {
    @Id Long id;
    Instant notedAt;
    String notedBy;
    String text;
    TensionStage stageFrom;
    TensionStage stageTo;
  }

  @Table("tension_action")
  static class LinkedAction {
    @Id Long id;
    long actionId;
  }
}
