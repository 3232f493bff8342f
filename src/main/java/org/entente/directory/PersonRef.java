package org.entente.directory;

/** A person of an area as other modules see it. */
public record PersonRef(
    long id, long areaId, String name, String jobTitle, Long organisationId, String email) {}
