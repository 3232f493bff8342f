package org.entente.meetings.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Papers kept in the database, in {@code paper_content}, written and read as streams. */
@Component
class DatabasePaperStore implements PaperStore {

  private final JdbcTemplate jdbc;

  DatabasePaperStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void put(long paperId, String key, Path file, long size) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      jdbc.update(
          "insert into paper_content (paper_id, content) values (?, ?)",
          ps -> {
            ps.setLong(1, paperId);
            ps.setBinaryStream(2, in, size);
          });
    }
  }

  @Override
  public void copy(long paperId, String key, OutputStream out) throws IOException {
    try {
      jdbc.query(
          "select content from paper_content where paper_id = ?",
          rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
              in.transferTo(out);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          paperId);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void delete(long paperId, String key) {
    // the row goes with the paper (on delete cascade)
  }
}
