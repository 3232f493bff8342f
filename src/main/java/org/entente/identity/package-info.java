/** User accounts, roles per area and partnership, sign-in, API tokens and access decisions. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.entente.identity;
