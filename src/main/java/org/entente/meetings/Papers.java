package org.entente.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The papers of a meeting: PDF, Word, spreadsheet and OpenDocument files, checked by their content,
 * published on the day they are attached and late when that is after the meeting's papers were due.
 * Exempt papers carry their reason and stay off anything shown to the public.
 */
public interface Papers {

  /**
   * What is attached besides the file: the agenda item it belongs to (or none), its title, and
   * whether it is exempt from publication and why.
   */
  record PaperDetails(Long agendaItemId, String title, boolean exempt, String exemptReason) {}

  /** The largest file accepted, in bytes ({@code entente.papers.max-size}). */
  long maxSize();

  /**
   * Attaches a paper to a meeting. The content is read once, as a stream, into a temporary file,
   * checked and only then stored; a refused file leaves nothing behind.
   *
   * @param fileName the name the file had on the user's computer; its extension must agree with the
   *     content
   * @throws PaperRefusedException if the file is empty, too large or not of an accepted type
   * @throws IllegalArgumentException if the agenda item is not the meeting's, or an exempt paper
   *     has no reason
   * @throws IllegalStateException if the meeting has been cancelled
   */
  long attach(
      long areaId,
      long meetingId,
      PaperDetails details,
      String fileName,
      InputStream content,
      String by)
      throws IOException;

  /** The meeting's papers, oldest first, each marked late or not against the meeting's due date. */
  List<PaperView> ofMeeting(long areaId, long meetingId);

  Optional<PaperView> paper(long areaId, long paperId);

  /** Writes the stored bytes of the paper to {@code out}, streaming them. */
  void copyContent(long areaId, long paperId, OutputStream out) throws IOException;

  /** Marks the paper exempt (a reason is then required) or no longer exempt. */
  void changeExemption(long areaId, long paperId, int version, boolean exempt, String reason);

  /** Removes the paper and its content; the history keeps the fact. */
  void withdraw(long areaId, long paperId, String by);
}
