package org.entente.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Roles are not cached here: every access decision reads the current grants, so
 * a removed role or a deactivated account takes effect at once.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String displayName;
  private String passwordHash;
  private final boolean active;
  private final boolean locked;

  public AccountPrincipal(
      long id,
      String username,
      String displayName,
      String passwordHash,
      boolean active,
      boolean locked) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.active = active;
    this.locked = locked;
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of();
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
