/**
 * Reminders and alerts by email, driven by schedules: actions falling due and overdue, sent to
 * their owners; a weekly digest for partnership officers, and meeting papers due soon or late with
 * none published, sent to the officers; each account chooses which it gets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.entente.notifications;
