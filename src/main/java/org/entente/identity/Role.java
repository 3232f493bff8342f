package org.entente.identity;

/** What a user may do in an area. Officers hold their role per partnership. */
public enum Role {
  /** Everything in the area, including users and roles. */
  ADMIN,
  /** Edits the partnerships assigned to them. */
  OFFICER,
  /** Reads everything in the area that is not restricted. */
  MEMBER,
  /** Reads everything in the area; will own scrutiny reviews. */
  SCRUTINY
}
