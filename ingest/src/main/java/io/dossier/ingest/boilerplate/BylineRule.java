// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bylines: a short line that starts with "By" and a capitalized name, and whose other words are
 * capitalized names, small connecting words ({@code in}, {@code and}, {@code al}), or a time
 * ({@code "By Jane Example, Example News"}, {@code "By John Example in Port Town · 4:40 pm"}). The
 * author is metadata, not article text. A sentence ({@code "By Sunday, the army had withdrawn."})
 * has lower-case words or a full stop; a weekday or month after "By" is a time.
 */
final class BylineRule implements BoilerplateRule {
  private static final Pattern TOKENS = Pattern.compile("[\\s,·|/]+");
  private static final int MAX_WORDS = 10;
  private static final Set<String> CONNECTORS =
      Set.of(
          "and", "in", "of", "the", "for", "at", "de", "del", "da", "di", "van", "von", "bin",
          "ibn", "al", "el", "am", "pm", "&", "-", "—", "–");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "then",
          "now",
          "contrast",
          "comparison",
          "law",
          "far",
          "mid",
          "early",
          "late",
          "noon",
          "night",
          "dawn",
          "nightfall",
          "midnight",
          "evening",
          "morning");

  @Override
  public String name() {
    return "byline";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start).strip();
    if (paragraph.endsWith(".") && !paragraph.matches(".*\\b\\p{Lu}\\.$")) {
      return 0;
    }
    String[] tokens = TOKENS.split(paragraph);
    if (tokens.length < 2
        || tokens.length > MAX_WORDS
        || !tokens[0].equalsIgnoreCase("by")
        || !isName(tokens[1])
        || NOT_NAMES.contains(tokens[1].toLowerCase(Locale.ROOT))) {
      return 0;
    }
    for (int i = 2; i < tokens.length; i++) {
      String token = tokens[i];
      boolean ok =
          isName(token)
              || CONNECTORS.contains(token.toLowerCase(Locale.ROOT))
              || token.chars().anyMatch(Character::isDigit)
              || token.startsWith("al-")
              || token.startsWith("el-");
      if (!ok) {
        return 0;
      }
    }
    return 1;
  }

  private static boolean isName(String token) {
    int first = token.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
    return first >= 0 && Character.isUpperCase(first);
  }
}
