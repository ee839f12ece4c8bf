// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Normalizes one paragraph (or title) of article text: Unicode NFC, control and invisible format
 * characters removed, every run of whitespace collapsed to one space, trimmed.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalized form of {@code raw}; empty when nothing visible is left. */
  public static String paragraph(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isInvisible(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    String collapsed = out.toString();
    return Normalizer.isNormalized(collapsed, Normalizer.Form.NFC)
        ? collapsed
        : Normalizer.normalize(collapsed, Normalizer.Form.NFC);
  }

  /** A normalized title, or null when {@code raw} is null or has nothing visible. */
  public static @Nullable String title(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String title = paragraph(raw);
    return title.isEmpty() ? null : title;
  }

  /** Whether {@code cp} is a control character other than whitespace (a sign of binary data). */
  public static boolean isBinaryControl(int cp) {
    return Character.getType(cp) == Character.CONTROL
        && cp != '\t'
        && cp != '\n'
        && cp != '\r'
        && cp != '\f';
  }

  private static boolean isSpace(int cp) {
    // isWhitespace misses the no-break spaces, isSpaceChar misses tab and newline: take both.
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  private static boolean isInvisible(int cp) {
    if (Character.getType(cp) == Character.CONTROL) {
      return true;
    }
    // Byte-order mark, zero-width space, soft hyphen, word joiner, Mongolian vowel separator.
    // Zero-width (non-)joiners stay: they change how Arabic and Indic scripts are written.
    return cp == 0xFEFF || cp == 0x200B || cp == 0x00AD || cp == 0x2060 || cp == 0x180E;
  }
}
