package org.entente.directory;

/** An organisation of an area as other modules see it. */
public record OrganisationRef(
    long id, long areaId, String name, Sector sector, OrganisationType type) {}
