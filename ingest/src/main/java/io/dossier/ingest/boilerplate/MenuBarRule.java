// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Menu bars and section trails written as one line: at least three short segments separated by
 * {@code |}, {@code ·}, {@code •}, {@code ›} or {@code »} ({@code "Home | World | Sport |
 * Culture"}). Lines with digits are left alone, since mastheads such as {@code "Example Voice |
 * Sunday 9 July 2017"} carry the dateline; so are lines with a longer segment, which is prose.
 */
final class MenuBarRule implements BoilerplateRule {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•›»]\\s+");
  private static final int MIN_SEGMENTS = 3;
  private static final int MAX_SEGMENT_WORDS = 4;

  @Override
  public String name() {
    return "menu-bar";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start).strip();
    if (paragraph.chars().anyMatch(Character::isDigit)) {
      return 0;
    }
    String[] segments = SEPARATOR.split(paragraph);
    if (segments.length < MIN_SEGMENTS) {
      return 0;
    }
    for (String segment : segments) {
      int words = Shape.words(segment);
      String trimmed = segment.strip();
      if (words < 1
          || words > MAX_SEGMENT_WORDS
          || ".!?:;".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
        return 0;
      }
    }
    return 1;
  }
}
