package org.entente.directory.domain;

import java.time.Instant;
import org.entente.directory.OrganisationType;
import org.entente.directory.Sector;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
record Organisation(
    @Id Long id,
    long areaId,
    String name,
    Sector sector,
    OrganisationType type,
    String website,
    @Version Integer version,
    Instant createdAt) {}
