package org.entente.audit;

import java.time.Instant;
import java.util.List;

/** An entry of the audit trail as pages show it. */
public record AuditRecord(
    long id,
    Instant occurredAt,
    String actor,
    String subjectType,
    long subjectId,
    String subjectLabel,
    String action,
    List<FieldChange> changes) {}
