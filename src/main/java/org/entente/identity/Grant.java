package org.entente.identity;

/** A role held by a user in an area; {@code partnershipId} is set only for officers. */
public record Grant(long id, long userId, long areaId, Role role, Long partnershipId) {}
