package org.entente.meetings.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of each kind, built in memory for tests. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] docx() {
    return zip(
        entries(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships/>",
            "word/document.xml",
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body/></w:document>"),
        null);
  }

  public static byte[] xlsx() {
    return zip(
        entries(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types/>",
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships/>",
            "xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook/>"),
        null);
  }

  public static byte[] odt() {
    return zip(
        entries("content.xml", "<?xml version=\"1.0\"?><office:document-content/>"),
        "application/vnd.oasis.opendocument.text");
  }

  public static byte[] ods() {
    return zip(
        entries("content.xml", "<?xml version=\"1.0\"?><office:document-content/>"),
        "application/vnd.oasis.opendocument.spreadsheet");
  }

  /** The header of an OLE2 compound file, as .doc and .xls files have. */
  public static byte[] ole2() {
    byte[] b = new byte[1024];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }

  public static byte[] csv() {
    return "Partner,Seats,Attendance\nPolice,2,92%\nCouncil,3,\u00bd of meetings\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] exe() {
    byte[] b = new byte[256];
    b[0] = 'M';
    b[1] = 'Z';
    Arrays.fill(b, 64, 80, (byte) 'P');
    return b;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
  }

  public static byte[] plainZip() {
    return zip(entries("notes.txt", "just a text file"), null);
  }

  private static Map<String, String> entries(String... nameAndText) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameAndText.length; i += 2) {
      m.put(nameAndText[i], nameAndText[i + 1]);
    }
    return m;
  }

  /**
   * A ZIP file; an OpenDocument one starts with its mimetype entry, stored uncompressed. Entries
   * carry a fixed time, so the same file comes out byte for byte whenever it is made.
   */
  private static final long FIXED_TIME = 1_767_225_600_000L; // 1 January 2026

  private static byte[] zip(Map<String, String> entries, String mimetype) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (mimetype != null) {
        byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = new ZipEntry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setTime(FIXED_TIME);
        e.setSize(m.length);
        CRC32 crc = new CRC32();
        crc.update(m);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(m);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
