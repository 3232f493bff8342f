/** Areas (the tenants), their organisations, sectors, people and strategy themes. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.entente.directory;
