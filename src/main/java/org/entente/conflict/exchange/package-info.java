/**
 * The exchange format of drama-theory models (options boards), as facilitators keep them in files
 * and send them to the API: the records that Jackson reads and writes, their checks (each problem
 * names the field at fault) and their conversion to and from the engine. Exposed to other modules
 * (the demo loader builds its boards in it).
 */
@org.springframework.modulith.NamedInterface("exchange")
package org.entente.conflict.exchange;
