package org.entente.notifications.web;

import java.util.List;

/**
 * The kinds of reminder ticked on the preferences page, by name; none ticked binds as no list at
 * all. Names rather than the enum, so that a tampered value is refused with a message on the page.
 */
record ReminderChoiceForm(List<String> kinds) {}
