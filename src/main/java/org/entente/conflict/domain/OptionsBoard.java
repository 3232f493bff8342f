package org.entente.conflict.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An options board saved for a partnership; the model is its exchange-format JSON. */
@Table("conflict_board")
class OptionsBoard {

  @Id Long id;
  long areaId;
  long partnershipId;
  String title;
  String description;
  String model;
  @Version Integer version;
  Instant createdAt;
  Instant updatedAt;
  String updatedBy;
}
