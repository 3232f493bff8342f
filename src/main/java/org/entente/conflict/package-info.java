/**
 * Conflict in a partnership: the tensions it records and the analyses that help a facilitator work
 * them through. The {@code engine} package holds the framework-free analysis engine: graph-model
 * stability analysis (Nash, general metarational, symmetric metarational and sequential stability)
 * of conflicts given in option form or graph form, and the dilemmas drama theory finds on an
 * options board.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conflict")
package org.entente.conflict;
