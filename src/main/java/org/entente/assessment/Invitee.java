package org.entente.assessment;

/**
 * Someone to invite to a round: one of the area's people (then {@code personId} is set) or an email
 * address typed in. The sector and organisation are those they answer for.
 */
public record Invitee(
    Long personId,
    String name,
    String email,
    Long organisationId,
    String organisationName,
    String sector) {

  /** The name to show: the person's, or the email address when there is none. */
  public String label() {
    return name == null || name.isBlank() ? email : name;
  }
}
