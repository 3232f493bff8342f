package org.entente.partnership;

import org.entente.identity.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Works out which restricted partnerships the signed-in user may see in an area. */
@Component
public class Viewers {

  private final Access access;

  Viewers(Access access) {
    this.access = access;
  }

  public Viewer of(Authentication user, long areaId) {
    return new Viewer(access.seesAllRestricted(user, areaId), access.officerOf(user, areaId));
  }
}
