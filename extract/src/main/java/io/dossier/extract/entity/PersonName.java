// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of a normalized person name that matter for linking inside one article: the core words
 * without name particles ("al", "bin", "van"…) and generational suffixes, so that {@code
 * "al-werfalli"}, {@code "al werfalli"} and {@code "werfalli"} share the surname {@code werfalli}.
 *
 * @param core the words that are not particles, in order; never empty
 */
record PersonName(List<String> core) {

  /** Particles written as separate words: "Mohammed bin Salem", "Ali Al Zintani". */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ed", "es", "bin", "ben", "ibn",
          "bint", "ould", "van", "von", "der", "den", "de", "di", "da", "du", "del", "della", "la",
          "le", "dos", "das");

  /** Particles written as a hyphenated prefix: "al-Werfalli", "el-Sisi", "ad-Din". */
  private static final Set<String> PREFIXES =
      Set.of("al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ed", "es", "adh", "ath");

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  PersonName {
    core = List.copyOf(core);
  }

  /** Splits a normalized name (see {@link Names#normalize}). */
  static PersonName of(String norm) {
    String[] words = norm.split(" ");
    List<String> core = new ArrayList<>();
    for (String word : words) {
      if (word.isEmpty() || PARTICLES.contains(word)) {
        continue;
      }
      int hyphen = word.indexOf('-');
      if (hyphen > 0
          && hyphen < word.length() - 1
          && PREFIXES.contains(word.substring(0, hyphen))) {
        word = word.substring(hyphen + 1);
      }
      core.add(word);
    }
    while (core.size() > 1 && SUFFIXES.contains(core.get(core.size() - 1))) {
      core.remove(core.size() - 1);
    }
    if (core.isEmpty()) {
      core.add(words[words.length - 1]);
    }
    return new PersonName(core);
  }

  /** A single name word, possibly with particles: "Werfalli", "al-Werfalli". */
  boolean bare() {
    return core.size() == 1;
  }

  String surname() {
    return core.get(core.size() - 1);
  }

  String first() {
    return core.get(0);
  }

  /**
   * Whether two full names can name the same person: the same core words (they differ in particles
   * only), or the same first and last word with one name's words a subsequence of the other's
   * ("Karim Tarhouni" and "Karim Belqasim Tarhouni").
   */
  static boolean compatible(PersonName a, PersonName b) {
    if (a.bare() || b.bare()) {
      return false;
    }
    if (a.core.equals(b.core)) {
      return true;
    }
    if (!a.first().equals(b.first()) || !a.surname().equals(b.surname())) {
      return false;
    }
    return a.core.size() <= b.core.size()
        ? subsequence(a.core, b.core)
        : subsequence(b.core, a.core);
  }

  private static boolean subsequence(List<String> shorter, List<String> longer) {
    int j = 0;
    for (String word : longer) {
      if (j < shorter.size() && shorter.get(j).equals(word)) {
        j++;
      }
    }
    return j == shorter.size();
  }
}
