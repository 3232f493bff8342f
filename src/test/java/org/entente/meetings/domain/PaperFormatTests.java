package org.entente.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Papers are recognised by their content, and their names must agree with it. */
class PaperFormatTests {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("report.pdf", TestFiles.pdf(), PaperFormat.PDF),
        Arguments.of("Report.PDF", TestFiles.pdf(), PaperFormat.PDF),
        Arguments.of("minutes.docx", TestFiles.docx(), PaperFormat.DOCX),
        Arguments.of("budget.xlsx", TestFiles.xlsx(), PaperFormat.XLSX),
        Arguments.of("strategy.odt", TestFiles.odt(), PaperFormat.ODT),
        Arguments.of("figures.ods", TestFiles.ods(), PaperFormat.ODS),
        Arguments.of("old.doc", TestFiles.ole2(), PaperFormat.DOC),
        Arguments.of("old.xls", TestFiles.ole2(), PaperFormat.XLS),
        Arguments.of("attendance.csv", TestFiles.csv(), PaperFormat.CSV),
        Arguments.of(
            "bom.csv", ("\uFEFFa,b\n1,2\n").getBytes(StandardCharsets.UTF_8), PaperFormat.CSV));
  }

  @ParameterizedTest(name = "{0} is accepted")
  @MethodSource("accepted")
  void realDocumentsAreAccepted(String name, byte[] content, PaperFormat expected)
      throws IOException {
    assertThat(detect(name, content)).contains(expected);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("program.exe", TestFiles.exe()),
        Arguments.of("program.pdf", TestFiles.exe()),
        Arguments.of("program.csv", TestFiles.exe()),
        Arguments.of("page.html", TestFiles.html()),
        Arguments.of("page.csv", TestFiles.html()),
        Arguments.of("script.csv", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("picture.png", TestFiles.png()),
        Arguments.of("picture.pdf", TestFiles.png()),
        Arguments.of("archive.docx", TestFiles.plainZip()),
        Arguments.of("archive.zip", TestFiles.plainZip()),
        Arguments.of("report.docx", TestFiles.pdf()),
        Arguments.of("zip.pdf", TestFiles.docx()),
        Arguments.of("minutes.xlsx", TestFiles.docx()),
        Arguments.of("budget.docx", TestFiles.xlsx()),
        Arguments.of("strategy.ods", TestFiles.odt()),
        Arguments.of("old.pdf", TestFiles.ole2()),
        Arguments.of("latin1.csv", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'}),
        Arguments.of("nul.csv", new byte[] {'a', ',', 0, 'b', '\n'}),
        Arguments.of("report", TestFiles.pdf()),
        Arguments.of("report.pdf.exe", TestFiles.pdf()),
        Arguments.of("notes.txt", TestFiles.csv()));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refused")
  void anythingElseIsRefused(String name, byte[] content) throws IOException {
    assertThat(detect(name, content)).isEmpty();
  }

  private static Optional<PaperFormat> detect(String name, byte[] content) throws IOException {
    return PaperFormat.detect(name, new ByteArrayInputStream(content));
  }
}
