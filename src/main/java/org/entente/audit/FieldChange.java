package org.entente.audit;

/** One field of a record changed from one value to another (values as users read them). */
public record FieldChange(String field, String before, String after) {}
