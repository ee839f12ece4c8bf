// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Blocking keys computed from names. */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼʻ`´']");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");

  private NameKeys() {}

  /**
   * The exact-match key: diacritics removed, lower case, apostrophes dropped, every other run of
   * punctuation or space turned into one space, a leading "the" dropped. {@code "the Libyan
   * National Army"} and {@code "Libyan National Army"} share a key; {@code "Haftar"} and {@code
   * "Hifter"} do not.
   */
  public static String exact(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return LEADING_THE.matcher(s).replaceFirst("");
  }
}
