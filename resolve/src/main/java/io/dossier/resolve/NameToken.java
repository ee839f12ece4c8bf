// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import java.util.List;

/**
 * One folded word of a name with its transliteration key.
 *
 * @param text the folded word (lower case, no diacritics or apostrophes)
 * @param key its vowel-class key ({@link TransliterationKeys#tokenKey})
 * @param vowels the vowel runs of the word as written, one per {@code a} in the key, in order
 * @param alt the key read with a {@code w} after a vowel as part of the vowel (Dawud → {@code
 *     dad}); equal to {@code key} for most words
 * @param altVowels the vowel runs of that reading
 */
record NameToken(String text, String key, List<String> vowels, String alt, List<String> altVowels) {

  NameToken {
    vowels = List.copyOf(vowels);
    altVowels = List.copyOf(altVowels);
  }

  /** Whether the word reads differently with a {@code w} after a vowel taken as a vowel. */
  boolean hasAlt() {
    return !alt.equals(key);
  }

  /** Analyses a folded word. */
  static NameToken of(String folded) {
    return TransliterationKeys.analyse(folded);
  }

  /** Whether the word is a single letter, as an initial is ("W" in "George W. Bush"). */
  boolean initial() {
    return text.length() == 1;
  }

  /** The consonant skeleton: the key without its vowel markers. */
  String skeleton() {
    return TransliterationKeys.skeletonOfKey(key);
  }

  /** The word as shown in explanations: its first letter in upper case. */
  String display() {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
