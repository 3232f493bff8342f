package org.entente.shared;

import java.util.List;
import org.springframework.security.core.Authentication;

/** Implemented by modules that show a summary on the area home page. */
public interface DashboardContributor {

  List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user);
}
