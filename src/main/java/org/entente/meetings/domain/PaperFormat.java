package org.entente.meetings.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file accepted as papers, recognised by what they contain; the extension of the file
 * name must agree with the content, so that a program or web page cannot pass for a document.
 */
enum PaperFormat {
  PDF("pdf", "application/pdf", Content.PDF),
  DOC("doc", "application/msword", Content.OLE2),
  DOCX(
      "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      Content.OOXML_WORD),
  XLS("xls", "application/vnd.ms-excel", Content.OLE2),
  XLSX(
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      Content.OOXML_EXCEL),
  ODT("odt", "application/vnd.oasis.opendocument.text", Content.ODF_TEXT),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Content.ODF_SPREADSHEET),
  CSV("csv", "text/csv; charset=UTF-8", Content.TEXT);

  /** What the bytes turned out to be. */
  enum Content {
    PDF,
    OLE2,
    OOXML_WORD,
    OOXML_EXCEL,
    ODF_TEXT,
    ODF_SPREADSHEET,
    TEXT,
    UNKNOWN
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int SNIFF = 8;

  private final String extension;
  private final String contentType;
  private final Content content;

  PaperFormat(String extension, String contentType, Content content) {
    this.extension = extension;
    this.contentType = contentType;
    this.content = content;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  /**
   * The format of a file, from its name and its bytes, or empty when the file is not an accepted
   * type or its name says something other than its content. Reads {@code in} to the end at most.
   */
  static Optional<PaperFormat> detect(String fileName, InputStream in) throws IOException {
    Optional<PaperFormat> named = byName(fileName);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Content found = sniff(in);
    return named.filter(f -> f.content == found);
  }

  static Optional<PaperFormat> byName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
  }

  /** What the stream holds, judged from its first bytes and, for ZIP files, from its entries. */
  static Content sniff(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw), SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.unread(head);
    if (startsWith(head, PDF_MAGIC)) {
      return Content.PDF;
    }
    if (startsWith(head, OLE2_MAGIC)) {
      return Content.OLE2;
    }
    if (startsWith(head, ZIP_MAGIC)) {
      return zip(in);
    }
    return text(in) ? Content.TEXT : Content.UNKNOWN;
  }

  /** An Office Open XML or OpenDocument package, told apart by the entries it holds. */
  private static Content zip(InputStream in) throws IOException {
    boolean contentTypes = false;
    boolean word = false;
    boolean excel = false;
    String mimetype = null;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
        } else if (name.startsWith("word/")) {
          word = true;
        } else if (name.startsWith("xl/")) {
          excel = true;
        } else if (name.equals("mimetype")) {
          mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      return Content.UNKNOWN;
    }
    if (contentTypes && word && !excel) {
      return Content.OOXML_WORD;
    }
    if (contentTypes && excel && !word) {
      return Content.OOXML_EXCEL;
    }
    if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
      return Content.ODF_TEXT;
    }
    if ("application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)) {
      return Content.ODF_SPREADSHEET;
    }
    return Content.UNKNOWN;
  }

  /**
   * Plain UTF-8 text without NUL bytes (programs always have some) that does not start like markup
   * or a script: what a CSV file is.
   */
  private static boolean text(InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[8192];
    ByteBuffer pending = ByteBuffer.allocate(8192 + 4);
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(2 * 8192 + 8);
    boolean first = true;
    boolean any = false;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == 0) {
          return false;
        }
      }
      if (first) {
        String start = new String(buffer, 0, Math.min(n, 64), StandardCharsets.UTF_8);
        if (!plausibleStart(start)) {
          return false;
        }
        first = false;
      }
      any = true;
      pending.put(buffer, 0, n);
      pending.flip();
      chars.clear();
      if (decoder.decode(pending, chars, false).isError()) {
        return false;
      }
      pending.compact();
    }
    pending.flip();
    chars.clear();
    try {
      if (decoder.decode(pending, chars, true).isError() || decoder.flush(chars).isError()) {
        return false;
      }
    } catch (IllegalStateException e) {
      return false;
    }
    return any && !pending.hasRemaining();
  }

  private static boolean plausibleStart(String start) {
    String s = start.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
    return !(s.startsWith("<") || s.startsWith("#!"));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }
}
