/**
 * Reminders and alerts by email, driven by schedules: actions falling due and overdue, sent to
 * their owners, and a weekly digest for partnership officers; each account chooses which it gets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.entente.notifications;
