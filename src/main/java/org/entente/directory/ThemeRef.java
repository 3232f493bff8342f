package org.entente.directory;

/** A theme of the area's community strategy. */
public record ThemeRef(long id, long areaId, String name, String description) {}
