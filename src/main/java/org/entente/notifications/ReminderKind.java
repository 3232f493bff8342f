package org.entente.notifications;

/**
 * The kinds of reminder Entente emails. Each account chooses which it gets; all are on until turned
 * off, and every kind here is offered on the preferences page. To add a kind: a constant here, its
 * label and hint ({@code reminders.kind.<NAME>} and {@code .hint}) and the words of its email in
 * the notifications messages, and a {@code ReminderSource} that finds the reminders due, each with
 * the kind, what it is about (its subject), its recipient and the date it concerns, the key by
 * which it is sent only once.
 */
public enum ReminderKind {
  /** To an action's owner, once per due date, when the action falls due within seven days. */
  ACTION_DUE_SOON,
  /** To an action's owner, once per due date, when the action is past its due date. */
  ACTION_OVERDUE,
  /** To each partnership officer, once a week: meetings coming up and actions due and overdue. */
  OFFICER_DIGEST,
  /**
   * To each officer of the meeting's partnership, once per meeting and papers due date, when the
   * papers are due within two working days (as the area counts them) and none is published yet.
   */
  PAPERS_DUE_SOON,
  /**
   * To each officer of the meeting's partnership, once per meeting and papers due date, when the
   * due date has passed, the meeting is still to come and none of its papers is published.
   */
  PAPERS_LATE,
  /** To a risk's owner, once per review date, when the review falls due within seven days. */
  RISK_REVIEW_DUE_SOON,
  /** To a risk's owner, once per review date, when the review date has passed. */
  RISK_REVIEW_OVERDUE
}
