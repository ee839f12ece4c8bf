// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalization for matching mentions inside one article. The key ignores case, diacritics,
 * the kind of apostrophe, hyphen or quote, runs of whitespace and a leading "the": {@code "the
 * Libyan National Army"} and {@code "Libyan National Army"} match, and so do {@code "Salamé"} and
 * {@code "Salame"}. The {@code resolve} module has its own cross-article key; this one is only for
 * within-document matching.
 */
public final class Names {
  private static final Pattern MARKS_AND_FORMATS = Pattern.compile("[\\p{M}\\p{Cf}]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");
  private static final String APOSTROPHES =
      "\u2018\u2019\u201A\u201B\u02BC\u02BB\u0060\u2032\uFF07";
  private static final String HYPHENS =
      "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
  private static final String QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02";

  private Names() {}

  /**
   * The matching key of a name: NFKD without diacritics, lower case, apostrophes, hyphens and
   * quotes unified to {@code ' - "}, whitespace collapsed and trimmed, leading {@code "the "}
   * dropped. Idempotent.
   */
  public static String normalize(String name) {
    String s = foldMarks(name).toLowerCase(Locale.ROOT);
    // Lower-casing can produce decomposable characters again (for example U+0130), so fold twice.
    s = foldMarks(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0) {
        b.append('\'');
      } else if (HYPHENS.indexOf(c) >= 0) {
        b.append('-');
      } else if (QUOTES.indexOf(c) >= 0) {
        b.append('"');
      } else {
        b.append(c);
      }
    }
    s = SPACES.matcher(b).replaceAll(" ").strip();
    while (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** Collapses every run of whitespace to one space and trims: the display form of a name. */
  static String collapseWhitespace(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static String foldMarks(String s) {
    return MARKS_AND_FORMATS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
  }
}
