// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.Locale;

/** The shape of a paragraph: its comparison key, word count and how it ends. */
final class Shape {
  private Shape() {}

  /**
   * Lower case, without leading and trailing punctuation or symbols ({@code "- Share this: »"}
   * gives {@code "share this"}); used to compare a whole paragraph with known phrases.
   */
  static String key(String paragraph) {
    int start = 0;
    int end = paragraph.length();
    while (start < end && !Character.isLetterOrDigit(paragraph.codePointAt(start))) {
      start += Character.charCount(paragraph.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(paragraph.codePointBefore(end))) {
      end -= Character.charCount(paragraph.codePointBefore(end));
    }
    return paragraph.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Number of words (space-separated tokens with a letter or digit in them). */
  static int words(String paragraph) {
    int count = 0;
    for (String token : paragraph.split(" ")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the paragraph reads like a headline: 1 to 15 words, starting with a capital letter, a
   * digit or a quote, and not ending like a sentence or a clause ({@code . : ; ,}); an ellipsis is
   * allowed, since teasers often cut a headline short.
   */
  static boolean isHeadlineLike(String paragraph) {
    int words = words(paragraph);
    if (words < 1 || words > 15 || paragraph.length() > 150) {
      return false;
    }
    int first = firstLetterOrDigit(paragraph);
    if (first < 0 || Character.isLowerCase(first)) {
      return false;
    }
    String trimmed = paragraph.strip();
    if (trimmed.endsWith("...") || trimmed.endsWith("…")) {
      return true;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    return ".:;,".indexOf(last) < 0;
  }

  private static int firstLetterOrDigit(String paragraph) {
    return paragraph.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
  }
}
