/**
 * Bodies, seats and memberships: who sits where for each partnership, their deputies, and the
 * composition warnings that keep boards from becoming talking shops.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.entente.governance;
