package org.entente.shared;

import java.util.List;

/** Implemented by modules with pages for area administrators, listed on the Admin page. */
public interface AdminSection {

  /** A link on the Admin page; {@code path} follows {@code /areas/{area}}. */
  record Link(String labelKey, String descriptionKey, String path) {}

  List<Link> links();
}
