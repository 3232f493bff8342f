/**
 * Meetings of a partnership's bodies: when and where, the agenda, the deadline for papers, who
 * attended each seat, the decisions taken and the actions raised, with their progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.entente.meetings;
