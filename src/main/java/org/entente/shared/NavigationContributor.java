package org.entente.shared;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Implemented by each module that adds a section to an area's service navigation, so that a section
 * appears only once its module exists and only to those who may use it.
 */
public interface NavigationContributor {

  /** Order of the sections, as DESIGN.md fixes it. */
  int HOME = 10,
      PARTNERSHIPS = 20,
      MEETINGS = 30,
      HEALTH_CHECKS = 40,
      PERFORMANCE = 50,
      RISKS = 60,
      ADMIN = 90;

  List<NavigationItem> items(String areaSlug, Authentication user);
}
