package org.entente.governance;

/** Whether a person holds a seat as its member or as the member's designated deputy. */
public enum Capacity {
  MEMBER,
  DEPUTY
}
