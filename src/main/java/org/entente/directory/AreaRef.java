package org.entente.directory;

/** An area: the tenant every record belongs to. */
public record AreaRef(long id, String slug, String name) {}
