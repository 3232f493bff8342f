package org.entente.shared;

import java.util.List;

/**
 * Implemented by modules that add a page under each partnership (its bodies, meetings, health
 * checks, ...), so that the partnership's sub-navigation shows a section only once it exists.
 */
public interface PartnershipSection {

  /** Order of the sections, as DESIGN.md fixes it. */
  int STRUCTURE = 20,
      MEETINGS = 30,
      HEALTH_CHECKS = 40,
      PERFORMANCE = 50,
      RISKS = 60,
      AGREEMENTS = 70,
      CONFLICT = 80;

  /** A link in a partnership's sub-navigation; {@code path} follows the partnership's address. */
  record Link(int order, String labelKey, String path) {}

  List<Link> links();
}
