/**
 * Outcomes and performance: the area's community strategy (themes and outcomes), the indicators
 * that measure each outcome against a trajectory of targets, their status and direction of travel
 * per period, partners' contributions, and the scorecards that roll all of it up per partnership
 * and for the area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.entente.performance;
