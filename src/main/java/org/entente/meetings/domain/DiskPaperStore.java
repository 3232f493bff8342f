package org.entente.meetings.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Papers kept as files in {@code entente.papers.directory}, each named by a random key, never by
 * the name the user gave it. A file is written under a temporary name and moved into place, and
 * removed again if the transaction that attached it rolls back.
 */
@Component
class DiskPaperStore implements PaperStore {

  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

  private final Path directory;

  DiskPaperStore(@Value("${entente.papers.directory:./data/papers}") Path directory) {
    this.directory = directory;
  }

  @Override
  public void put(long paperId, String key, Path file, long size) throws IOException {
    Path target = path(key);
    Files.createDirectories(directory);
    Path part = directory.resolve(key + ".part");
    try {
      Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    afterRollback(() -> deleteQuietly(target));
  }

  @Override
  public void copy(long paperId, String key, OutputStream out) throws IOException {
    Files.copy(path(key), out);
  }

  @Override
  public void delete(long paperId, String key) {
    Path target = path(key);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deleteQuietly(target);
            }
          });
    } else {
      deleteQuietly(target);
    }
  }

  private Path path(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a paper key: " + key);
    }
    return directory.resolve(key);
  }

  private static void afterRollback(Runnable cleanUp) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                cleanUp.run();
              }
            }
          });
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
