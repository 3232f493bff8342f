package org.entente.directory.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("person")
record Person(
    @Id Long id,
    long areaId,
    String name,
    String jobTitle,
    Long organisationId,
    String email,
    @Version Integer version,
    Instant createdAt) {}
