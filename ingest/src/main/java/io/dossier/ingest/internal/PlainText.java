// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraph units: blank lines separate blocks; a block of hard-wrapped
 * lines becomes one paragraph, any other block gives one paragraph per line (scraped text often
 * puts one paragraph, headline or menu entry on each line).
 */
public final class PlainText {
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–—]|\\d{1,3}[.)])\\s");

  /** Wrapped lines are at least this long (wrap widths below 60 are rare in practice), */
  private static final int MIN_WRAPPED = 55;

  /** at most this long (a longer line is a paragraph of its own), */
  private static final int MAX_WRAPPED = 100;

  /** and of similar length: a wrapped block is a column of text. */
  private static final int MAX_SPREAD = 30;

  /** Lines at least this long are wrapped even when the next line starts with a capital. */
  private static final int SURELY_WRAPPED = 65;

  private PlainText() {}

  /** The lines of {@code text}, split at any line break. */
  public static List<String> lines(String text) {
    return List.of(LINE_BREAK.split(text, -1));
  }

  /** The normalized, non-empty paragraph units of {@code lines}, in order. */
  public static List<String> paragraphs(List<String> lines) {
    List<String> units = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      String clean = TextNormalizer.paragraph(line);
      if (clean.isEmpty()) {
        flush(block, units);
      } else {
        block.add(clean);
      }
    }
    flush(block, units);
    return units;
  }

  private static void flush(List<String> block, List<String> units) {
    if (block.isEmpty()) {
      return;
    }
    if (isHardWrapped(block)) {
      units.add(String.join(" ", block));
    } else {
      units.addAll(block);
    }
    block.clear();
  }

  /**
   * A block is hard-wrapped when every line but the last has a typical wrap length and they are of
   * similar length, no line is a bullet, most lines but the last stop mid-sentence, and either some
   * line continues in lower case or the lines are too long to be headlines.
   */
  static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) {
      return false;
    }
    int sentenceEnds = 0;
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    boolean lowerContinuation = false;
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (BULLET.matcher(line).find()) {
        return false;
      }
      if (i > 0 && Character.isLowerCase(line.codePointAt(0))) {
        lowerContinuation = true;
      }
      if (i == block.size() - 1) {
        break;
      }
      shortest = Math.min(shortest, line.length());
      longest = Math.max(longest, line.length());
      char last = line.charAt(line.length() - 1);
      if (".!?:\"”’'".indexOf(last) >= 0) {
        sentenceEnds++;
      }
    }
    return shortest >= MIN_WRAPPED
        && longest <= MAX_WRAPPED
        && longest - shortest <= MAX_SPREAD
        && sentenceEnds * 2 < block.size() - 1
        && (lowerContinuation || shortest >= SURELY_WRAPPED);
  }
}
