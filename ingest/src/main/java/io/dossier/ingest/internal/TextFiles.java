// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Loads a whole input file as text, refusing what is too large, binary or not valid UTF-8.
 *
 * <p>Text is UTF-8 (a byte-order mark is dropped); UTF-16 is read only when a byte-order mark says
 * so. HTML may declare another charset in a {@code <meta>} element, which is honoured only when the
 * bytes are not valid UTF-8, so a wrong declaration on a UTF-8 page does no harm.
 */
public final class TextFiles {
  /** Size limit for inputs read whole (plain text and HTML). */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** More control characters than this share of the text means binary data, not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})");

  private TextFiles() {}

  /** Where a declared charset may be honoured. */
  public enum Charsets {
    /** UTF-8 only (plain text, JSON). */
    UTF8_ONLY,
    /** UTF-8, else the charset an HTML {@code <meta>} element declares. */
    HTML_DECLARED
  }

  /** Loads {@code file} if it is at most {@code maxBytes} long and decodes it. */
  public static Loaded load(Path file, long maxBytes, Charsets charsets) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return new Loaded.Problem(Kind.UNREADABLE, "a folder, not a file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return tooLarge(size, maxBytes);
      }
      bytes = readAtMost(file, maxBytes);
      if (bytes == null) {
        return tooLarge(maxBytes + 1, maxBytes);
      }
    } catch (NoSuchFileException e) {
      return new Loaded.Problem(Kind.UNREADABLE, "no such file; check the path");
    } catch (IOException e) {
      return new Loaded.Problem(Kind.UNREADABLE, "cannot read the file: " + describe(e));
    }
    return decode(bytes, charsets);
  }

  /** Decodes {@code bytes} as described in the class comment. */
  public static Loaded decode(byte[] bytes, Charsets charsets) {
    if (bytes.length == 0) {
      return new Loaded.Problem(Kind.EMPTY, "the file is empty");
    }
    Loaded decoded;
    if (startsWith(bytes, 0xFE, 0xFF)) {
      decoded = decodeStrict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      decoded = decodeStrict(bytes, 2, StandardCharsets.UTF_16LE);
    } else {
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        return new Loaded.Problem(
            Kind.MALFORMED,
            "binary data (NUL byte at offset " + nul + "), not a text file; save it as UTF-8 text");
      }
      int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      decoded = decodeStrict(bytes, start, StandardCharsets.UTF_8);
      if (decoded instanceof Loaded.Problem && charsets == Charsets.HTML_DECLARED) {
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
          decoded = new Loaded.Text(new String(bytes, declared));
        }
      }
    }
    if (decoded instanceof Loaded.Text text) {
      return checkText(text.text());
    }
    return decoded;
  }

  /**
   * Decodes {@code bytes} as UTF-8, strictly, dropping a leading byte-order mark; no checks for
   * binary data or emptiness.
   */
  public static Loaded decodeUtf8(byte[] bytes) {
    return decodeStrict(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8);
  }

  /** Rejects decoded text that is binary data in disguise or has nothing in it. */
  public static Loaded checkText(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextNormalizer.isBinaryControl(text.charAt(i))) {
        controls++;
      }
    }
    if (controls > 8 && controls > text.length() * MAX_CONTROL_SHARE) {
      return new Loaded.Problem(
          Kind.MALFORMED, "binary data (" + controls + " control characters), not a text file");
    }
    if (text.isBlank()) {
      return new Loaded.Problem(Kind.EMPTY, "the file contains only whitespace");
    }
    return new Loaded.Text(text);
  }

  /** One line describing an I/O failure, for an issue message. */
  public static String describe(IOException e) {
    String message = e.getMessage();
    String what = e.getClass().getSimpleName();
    return message == null ? what : what + ": " + message.lines().findFirst().orElse("");
  }

  private static Loaded tooLarge(long size, long maxBytes) {
    return new Loaded.Problem(
        Kind.TOO_LARGE,
        "the file is "
            + mebibytes(size)
            + " and the limit is "
            + mebibytes(maxBytes)
            + "; split it into smaller files");
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  /** The file's bytes, or null if it grew past {@code maxBytes} while being read. */
  private static byte @Nullable [] readAtMost(Path file, long maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private static Loaded decodeStrict(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil((bytes.length - start) * decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Loaded.Problem(
          Kind.MALFORMED,
          "invalid "
              + charset.name()
              + " at byte offset "
              + in.position()
              + "; convert the file to UTF-8");
    }
    return new Loaded.Text(out.flip().toString());
  }

  private static @Nullable Charset declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalCharsetNameException e) {
      // A nonsense name is no declaration; the caller then reports the invalid UTF-8.
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
