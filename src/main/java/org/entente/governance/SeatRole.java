package org.entente.governance;

/** The part a seat plays on its body. */
public enum SeatRole {
  CHAIR,
  VICE_CHAIR,
  MEMBER,
  ADVISER,
  OBSERVER
}
