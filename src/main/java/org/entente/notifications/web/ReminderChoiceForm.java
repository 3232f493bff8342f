package org.entente.notifications.web;

import java.util.List;
import org.entente.notifications.ReminderKind;

/** The kinds of reminder ticked on the preferences page; none ticked binds as no list at all. */
record ReminderChoiceForm(List<ReminderKind> kinds) {}
