package org.entente.shared;

import java.util.List;

/** Implemented by modules with settings of the signed-in user's own, linked from their account. */
public interface AccountSection {

  /**
   * A heading and a link on the account page; {@code path} is absolute, such as {@code /account/x}.
   */
  record Link(String headingKey, String labelKey, String path) {}

  List<Link> links();
}
