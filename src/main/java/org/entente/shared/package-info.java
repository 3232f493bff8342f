/**
 * Small value types used by every module: paging and sorting of lists, and working days with the
 * UK's bank holidays.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.shared;
