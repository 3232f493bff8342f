package org.entente.meetings;

import java.time.LocalDate;

/**
 * A paper of a meeting. {@code late} when published after the meeting's papers were due; {@code
 * exempt} papers must never be shown to the public.
 */
public record PaperView(
    long id,
    long areaId,
    long meetingId,
    Long agendaItemId,
    String agendaItemTitle,
    String title,
    String fileName,
    String contentType,
    long size,
    LocalDate publishedOn,
    String attachedBy,
    boolean exempt,
    String exemptReason,
    boolean late,
    int version) {}
