package org.entente.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.entente.IntegrationTest;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.meetings.Meetings;
import org.entente.meetings.PaperRefusedException;
import org.entente.meetings.Papers;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Papers kept on disk (entente.papers.storage=disk), through the same service as in the database,
 * against the real database: the file is named by its key, read back whole, and removed with the
 * paper; a refused file leaves neither row nor file.
 */
@IntegrationTest
class PaperShelfDiskTests {

  @Autowired PaperRepository paperRows;
  @Autowired MeetingRepository meetingRows;
  @Autowired DatabasePaperStore database;
  @Autowired Structure structure;
  @Autowired Register register;
  @Autowired Areas areas;
  @Autowired Meetings meetings;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @TempDir Path directory;

  @Test
  void papersOnDiskGoInAndOutWhole() throws Exception {
    long area = areas.require("demo").id();
    long pid =
        register.create(
            area,
            TestPartnerships.minimal("Disk Papers " + System.nanoTime(), "Disk", false),
            null);
    long body =
        structure.createBody(
            area,
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long meeting =
        meetings.schedule(
            area, pid, new Meetings.Schedule(body, LocalDateTime.of(2027, 3, 18, 14, 0), "Hall"));
    PaperShelf shelf =
        new PaperShelf(
            paperRows,
            meetingRows,
            structure,
            database,
            new DiskPaperStore(directory),
            "disk",
            DataSize.ofMegabytes(1),
            events);

    long id =
        transactions.execute(
            s -> {
              try {
                return shelf.attach(
                    area,
                    meeting,
                    new Papers.PaperDetails(null, "Budget", false, null),
                    "budget.xlsx",
                    new ByteArrayInputStream(TestFiles.xlsx()),
                    "test");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Paper row = paperRows.findById(id).orElseThrow();
    assertThat(row.storage).isEqualTo(PaperStorage.DISK);
    assertThat(files()).containsExactly(row.storageKey);
    assertThat(
            jdbc.sql("select count(*) from paper_content where paper_id = :p")
                .param("p", id)
                .query(Integer.class)
                .single())
        .isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    shelf.copyContent(area, id, out);
    assertThat(out.toByteArray()).isEqualTo(TestFiles.xlsx());

    assertThatThrownBy(
            () ->
                transactions.execute(
                    s -> {
                      try {
                        return shelf.attach(
                            area,
                            meeting,
                            new Papers.PaperDetails(null, "Program", false, null),
                            "budget.xlsx",
                            new ByteArrayInputStream(TestFiles.exe()),
                            "test");
                      } catch (IOException e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .isInstanceOf(PaperRefusedException.class);
    assertThat(files()).containsExactly(row.storageKey);

    // a failure after the file was written rolls back the row and removes the file
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    s -> {
                      try {
                        shelf.attach(
                            area,
                            meeting,
                            new Papers.PaperDetails(null, "Rolled back", false, null),
                            "report.pdf",
                            new ByteArrayInputStream(TestFiles.pdf()),
                            "test");
                      } catch (IOException e) {
                        throw new IllegalStateException(e);
                      }
                      throw new IllegalStateException("something later failed");
                    }))
        .hasMessage("something later failed");
    assertThat(files()).containsExactly(row.storageKey);
    assertThat(paperRows.findByAreaIdAndMeetingIdOrderByAttachedAtAscIdAsc(area, meeting))
        .hasSize(1);

    transactions.executeWithoutResult(s -> shelf.withdraw(area, id, "test"));
    assertThat(files()).isEmpty();
    assertThat(paperRows.findById(id)).isEmpty();
  }

  private java.util.List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
