/**
 * Risk registers for each partnership and each theme of the community strategy: risks with their
 * cause and effect, owner, likelihood and impact before and after controls, bands, mitigating
 * actions, sharing between partners, reviews and history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risks")
package org.entente.risk;
