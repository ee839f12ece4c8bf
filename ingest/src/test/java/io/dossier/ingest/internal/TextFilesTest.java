// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @TempDir Path dir;

  private static Loaded decode(byte[] bytes) {
    return TextFiles.decode(bytes, TextFiles.Charsets.UTF8_ONLY);
  }

  @Test
  void utf8IsDecodedWithoutByteOrderMark() {
    byte[] bytes = "\uFEFFCafé".getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes)).isEqualTo(new Loaded.Text("Café"));
  }

  @Test
  void nulByteIsBinaryData() {
    Loaded loaded = decode(new byte[] {'a', 'b', 0, 'c'});

    assertThat(loaded).isInstanceOf(Loaded.Problem.class);
    assertThat(((Loaded.Problem) loaded).kind()).isEqualTo(Kind.MALFORMED);
    assertThat(((Loaded.Problem) loaded).message()).contains("offset 2");
  }

  @Test
  void invalidUtf8NamesTheOffset() {
    Loaded loaded = decode(new byte[] {'a', 'b', 'c', (byte) 0xFF, 'd'});

    assertThat(((Loaded.Problem) loaded).message()).contains("invalid UTF-8 at byte offset 3");
  }

  @Test
  void manyControlCharactersAreBinaryData() {
    Loaded loaded = decode("\u0001\u0002\u0003 text".repeat(20).getBytes(StandardCharsets.UTF_8));

    assertThat(((Loaded.Problem) loaded).kind()).isEqualTo(Kind.MALFORMED);
  }

  @Test
  void aFewStrayControlCharactersAreTolerated() {
    String text = "Talks resumed on Tuesday.\u001A ".repeat(3) + "x".repeat(1000);

    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Loaded.Text.class);
  }

  @Test
  void declaredCharsetIsUsedOnlyForHtmlThatIsNotUtf8() {
    byte[] latin1 =
        "<meta charset=iso-8859-1><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextFiles.decode(latin1, TextFiles.Charsets.HTML_DECLARED))
        .isEqualTo(new Loaded.Text("<meta charset=iso-8859-1><p>Café</p>"));
    assertThat(TextFiles.decode(latin1, TextFiles.Charsets.UTF8_ONLY))
        .isInstanceOf(Loaded.Problem.class);
  }

  @Test
  void nonsenseCharsetDeclarationLeavesTheUtf8Error() {
    byte[] bytes =
        "<meta charset=\"no-such-charset!\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextFiles.decode(bytes, TextFiles.Charsets.HTML_DECLARED))
        .isInstanceOf(Loaded.Problem.class);
  }

  @Test
  void fileOverTheLimitIsTooLarge() throws IOException {
    Path file = dir.resolve("big.txt");
    Files.writeString(file, "x".repeat(101));

    Loaded loaded = TextFiles.load(file, 100, TextFiles.Charsets.UTF8_ONLY);

    assertThat(((Loaded.Problem) loaded).kind()).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void folderIsUnreadable() {
    Loaded loaded = TextFiles.load(dir, 100, TextFiles.Charsets.UTF8_ONLY);

    assertThat(((Loaded.Problem) loaded).kind()).isEqualTo(Kind.UNREADABLE);
  }
}
