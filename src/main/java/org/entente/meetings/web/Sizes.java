package org.entente.meetings.web;

import java.util.Locale;

/** File sizes as people read them: 900 bytes, 35 KB, 1.2 MB. */
final class Sizes {

  private Sizes() {}

  static String label(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return mb >= 10 || mb == Math.floor(mb)
        ? Math.round(mb) + " MB"
        : String.format(Locale.UK, "%.1f MB", mb);
  }
}
