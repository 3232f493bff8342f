/** The audit trail: who changed what, when, and the values before and after. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.entente.audit;
