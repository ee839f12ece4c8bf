// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<String> lines(String content, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BoundedLineReader reader =
        new BoundedLineReader(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), max)) {
      BoundedLineReader.Line line;
      while ((line = reader.next()) != null) {
        byte[] bytes = line.bytes();
        lines.add(
            line.number()
                + ":"
                + (bytes == null
                    ? "TOO LONG " + line.length()
                    : new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    return lines;
  }

  @Test
  void linesEndAtLfOrCrLf() throws IOException {
    assertThat(lines("a\r\nb\n\nc", 100)).containsExactly("1:a", "2:b", "3:", "4:c");
  }

  @Test
  void trailingLineBreakGivesNoExtraLine() throws IOException {
    assertThat(lines("a\nb\n", 100)).containsExactly("1:a", "2:b");
  }

  @Test
  void emptyStreamHasNoLines() throws IOException {
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void longLineIsSkippedAndTheNextOneRead() throws IOException {
    assertThat(lines("short\n" + "y".repeat(50) + "\nnext", 10))
        .containsExactly("1:short", "2:TOO LONG 50", "3:next");
  }

  @Test
  void lineOfExactlyTheLimitIsKept() throws IOException {
    assertThat(lines("1234567890\r\n", 10)).containsExactly("1:1234567890");
  }

  @Test
  void linesLongerThanTheBufferAreAssembled() throws IOException {
    String big = "z".repeat(200_000);

    assertThat(lines(big + "\nend", 300_000)).containsExactly("1:" + big, "2:end");
  }
}
