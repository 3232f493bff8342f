package org.entente.directory;

import org.springframework.security.core.Authentication;

/**
 * Implemented by identity, so that directory pages can ask who may change an area's organisations
 * and people without the directory depending on identity (which depends on the directory).
 */
public interface DirectoryEditors {

  /** Whether this user may add and change the organisations and people of the area. */
  boolean mayEdit(Authentication user, long areaId);
}
