/**
 * Health checks: a partnership assesses itself with an established instrument, and Entente shows
 * per item and per dimension the mean, the spread between respondents, the red/amber/green band,
 * the breakdown by sector and organisation (with anonymity kept), the items where partners disagree
 * most and the change since the previous round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health checks")
package org.entente.assessment;
