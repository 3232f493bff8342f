package org.entente.meetings.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Keeps the bytes of papers; each paper says which store holds its bytes, under which key. */
interface PaperStore {

  /**
   * Stores the file as the content of the paper, streaming it. Runs inside the transaction that
   * inserts the paper, and leaves nothing behind when that transaction rolls back.
   */
  void put(long paperId, String key, Path file, long size) throws IOException;

  /** Streams the content of the paper to {@code out}. */
  void copy(long paperId, String key, OutputStream out) throws IOException;

  /** Forgets the content of a removed paper, once the removal is committed. */
  void delete(long paperId, String key);
}
