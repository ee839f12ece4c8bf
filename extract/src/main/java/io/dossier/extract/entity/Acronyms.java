// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recognizing acronyms and checking them against the name they abbreviate. */
final class Acronyms {

  /** Words that may or may not contribute their initial: "House of Representatives" is HoR. */
  private static final Set<String> OPTIONAL_WORDS =
      Set.of(
          "of", "the", "for", "and", "de", "des", "du", "del", "della", "di", "da", "al", "el",
          "la", "le", "in", "on", "at", "to", "a", "an", "y", "et", "fi", "wa", "von", "van", "der",
          "&");

  private Acronyms() {}

  /**
   * Whether a token looks like an acronym: 2 to 12 characters, starting with a capital letter,
   * letters, digits, periods and ampersands only, at least two capitals and more capitals than
   * lower-case letters ("LNA", "UNSMIL", "U.N.", "HoR").
   */
  static boolean shaped(String word) {
    if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else if (!Character.isDigit(c) && c != '.' && c != '&') {
        return false;
      }
    }
    return upper >= 2 && lower < upper;
  }

  /**
   * Whether {@code acronym} is made of the initials of {@code name}'s words, in order, where the
   * words in {@link #OPTIONAL_WORDS} and the later parts of hyphenated words may be skipped:
   * "Libyan National Army" → LNA, "United Nations Support Mission in Libya" → UNSMIL.
   */
  static boolean expands(String acronym, String name) {
    StringBuilder letters = new StringBuilder();
    for (char c : Names.normalize(acronym).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        letters.append(c);
      }
    }
    List<String> initials = new ArrayList<>();
    List<Boolean> optional = new ArrayList<>();
    for (String word : Names.normalize(name).split(" ")) {
      String[] parts = word.split("-");
      for (int p = 0; p < parts.length; p++) {
        String part = parts[p];
        int at = firstLetterOrDigit(part);
        if (at < 0) {
          continue;
        }
        initials.add(part.substring(at, at + 1));
        optional.add(p > 0 || OPTIONAL_WORDS.contains(part));
      }
    }
    if (letters.length() < 2 || initials.size() < 2 || initials.size() > 64) {
      return false;
    }
    // failed[li][wi]: letters from li cannot be matched by words from wi (memo keeps this linear)
    boolean[][] failed = new boolean[letters.length() + 1][initials.size() + 1];
    return match(letters.toString(), 0, initials, optional, 0, failed);
  }

  private static boolean match(
      String letters,
      int li,
      List<String> initials,
      List<Boolean> optional,
      int wi,
      boolean[][] failed) {
    if (wi == initials.size()) {
      return li == letters.length();
    }
    if (failed[li][wi]) {
      return false;
    }
    boolean found =
        (li < letters.length()
                && letters.charAt(li) == initials.get(wi).charAt(0)
                && match(letters, li + 1, initials, optional, wi + 1, failed))
            || (optional.get(wi) && match(letters, li, initials, optional, wi + 1, failed));
    if (!found) {
      failed[li][wi] = true;
    }
    return found;
  }

  private static int firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
