/**
 * The partnership register: partnerships, their classifications, life-cycle history, costs, claimed
 * benefits, justification and termination arrangements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership register")
package org.entente.partnership;
