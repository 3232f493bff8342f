package org.entente.notifications;

/**
 * The kinds of reminder Entente emails. Each account chooses which it gets; all are on until turned
 * off. Reminders of meeting papers (due for publication in two working days, and late) will join
 * these once meetings keep their papers: each is a kind here, a message block and one more source
 * of reminders, and nothing is offered on the preferences page before it can be sent.
 */
public enum ReminderKind {
  /** To an action's owner, once per due date, when the action falls due within seven days. */
  ACTION_DUE_SOON,
  /** To an action's owner, once per due date, when the action is past its due date. */
  ACTION_OVERDUE,
  /** To each partnership officer, once a week: meetings coming up and actions due and overdue. */
  OFFICER_DIGEST
}
