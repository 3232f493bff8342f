package org.entente.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Papers kept on disk: named by a random key, read back as written, gone when rolled back. */
class DiskPaperStoreTests {

  @TempDir Path directory;
  @TempDir Path uploads;

  @Test
  void aPaperIsWrittenUnderItsKeyAndReadBack() throws IOException {
    DiskPaperStore store = new DiskPaperStore(directory.resolve("papers"));
    Path upload = Files.write(uploads.resolve("Board report.pdf"), TestFiles.pdf());
    String key = UUID.randomUUID().toString();

    store.put(1, key, upload, TestFiles.pdf().length);

    try (var files = Files.list(directory.resolve("papers"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(key);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.copy(1, key, out);
    assertThat(out.toByteArray()).isEqualTo(TestFiles.pdf());

    store.delete(1, key);
    assertThat(directory.resolve("papers").resolve(key)).doesNotExist();
  }

  @Test
  void aRolledBackAttachmentLeavesNoFileAndARemovalWaitsForTheCommit() throws IOException {
    DiskPaperStore store = new DiskPaperStore(directory);
    Path upload = Files.write(uploads.resolve("paper.csv"), TestFiles.csv());
    String key = UUID.randomUUID().toString();
    TransactionSynchronizationManager.initSynchronization();
    try {
      store.put(1, key, upload, TestFiles.csv().length);
      assertThat(directory.resolve(key)).exists();
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    assertThat(directory.resolve(key)).doesNotExist();

    store.put(2, key, upload, TestFiles.csv().length);
    TransactionSynchronizationManager.initSynchronization();
    try {
      store.delete(2, key);
      assertThat(directory.resolve(key)).exists();
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(TransactionSynchronization::afterCommit);
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    assertThat(directory.resolve(key)).doesNotExist();
  }

  @Test
  void keysThatCouldLeaveTheDirectoryAreRefused() {
    DiskPaperStore store = new DiskPaperStore(directory);
    assertThatThrownBy(() -> store.copy(1, "../../etc/passwd", new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesFromBrowsersLoseTheirPathsAndControlCharacters() {
    assertThat(PaperShelf.safeName("C:\\Users\\clerk\\Board report.pdf"))
        .isEqualTo("Board report.pdf");
    assertThat(PaperShelf.safeName("../../x\r\n\".pdf")).isEqualTo("x.pdf");
    assertThat(PaperShelf.safeName("")).isEqualTo("paper");
  }
}
