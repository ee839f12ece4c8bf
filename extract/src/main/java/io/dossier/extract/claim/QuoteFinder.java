// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in a text: curly ({@code “…”}, {@code „…“}), guillemets, straight double
 * quotes and doubled apostrophes ({@code ''…''}, as some newspapers write them). Quotes never cross
 * a paragraph break (a blank line): an opening mark without a closing one in its paragraph is a
 * quote to the end of the paragraph only when the next paragraph opens with a quote mark (the
 * convention for quotes running over several paragraphs); otherwise it is ignored, so one stray
 * mark cannot swallow the article.
 */
final class QuoteFinder {

  /**
   * One quoted passage.
   *
   * @param span from the opening mark to the closing mark inclusive
   * @param inner the words between the marks
   * @param closed whether a closing mark was found (false: runs to the end of its paragraph)
   */
  record Quote(Span span, Span inner, boolean closed) {}

  private enum Kind {
    OPEN,
    CLOSE,
    EITHER
  }

  private record Mark(int start, int end, Kind kind) {}

  private QuoteFinder() {}

  /** The quotes of {@code text} in text order. */
  static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      int from = paragraphs.get(p)[0];
      int to = paragraphs.get(p)[1];
      boolean nextOpensWithQuote =
          p + 1 < paragraphs.size() && opensWithQuote(text, paragraphs.get(p + 1)[0]);
      find(text, from, to, nextOpensWithQuote, out);
    }
    return out;
  }

  private static void find(String text, int from, int to, boolean continues, List<Quote> out) {
    List<Mark> marks = marks(text, from, to);
    Mark open = null;
    for (Mark m : marks) {
      if (open == null) {
        if (m.kind() == Kind.OPEN || (m.kind() == Kind.EITHER && canOpen(text, m, from, to))) {
          open = m;
        }
      } else if (m.kind() == Kind.CLOSE || (m.kind() == Kind.EITHER && canClose(text, m, to))) {
        add(out, text, open, m.start(), m.end(), true);
        open = null;
      } else if (m.kind() == Kind.OPEN) {
        open = m; // an unclosed curly opener: the later one starts the quote
      }
    }
    if (open != null && continues) {
      int end = to;
      while (end > open.end() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      add(out, text, open, end, end, false);
    }
  }

  private static void add(
      List<Quote> out, String text, Mark open, int closeStart, int closeEnd, boolean closed) {
    int innerStart = open.end();
    int innerEnd = closeStart;
    while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (innerEnd > innerStart) {
      out.add(new Quote(new Span(open.start(), closeEnd), new Span(innerStart, innerEnd), closed));
    }
  }

  private static List<Mark> marks(String text, int from, int to) {
    List<Mark> marks = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '“', '„', '«' -> marks.add(new Mark(i, i + 1, Kind.OPEN));
        case '”', '»' -> marks.add(new Mark(i, i + 1, Kind.CLOSE));
        case '"' -> marks.add(new Mark(i, i + 1, Kind.EITHER));
        case '`' -> {
          if (i + 1 < to && text.charAt(i + 1) == '`') {
            marks.add(new Mark(i, i + 2, Kind.OPEN));
            i++;
          }
        }
        case '\'', '’', '‘' -> {
          if (i + 1 < to
              && isApostrophe(text.charAt(i + 1))
              && !(i + 2 < to && isApostrophe(text.charAt(i + 2)))) {
            char d = text.charAt(i + 1);
            Kind kind =
                c == '‘' && d == '‘' ? Kind.OPEN : c == '’' && d == '’' ? Kind.CLOSE : Kind.EITHER;
            marks.add(new Mark(i, i + 2, kind));
            i++;
          }
        }
        default -> {}
      }
    }
    return marks;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘';
  }

  /** A straight mark opens when it does not follow a letter and a non-space follows it. */
  private static boolean canOpen(String text, Mark m, int from, int to) {
    boolean before = m.start() == from || !Character.isLetterOrDigit(text.charAt(m.start() - 1));
    boolean after = m.end() < to && !Character.isWhitespace(text.charAt(m.end()));
    return before && after;
  }

  /** A straight mark closes unless a letter or digit follows it directly. */
  private static boolean canClose(String text, Mark m, int to) {
    return m.end() >= to || !Character.isLetterOrDigit(text.charAt(m.end()));
  }

  private static boolean opensWithQuote(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c == '“'
        || c == '"'
        || c == '«'
        || c == '„'
        || (at + 1 < text.length()
            && (c == '\'' || c == '‘' || c == '`')
            && text.charAt(at + 1) == c);
  }

  /** Paragraphs as [start, end) with surrounding whitespace trimmed; blank lines separate them. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        if (text.charAt(i) == '\n') {
          int j = i + 1;
          while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          if (j < n && text.charAt(j) == '\n') {
            break; // blank line
          }
        }
        if (!Character.isWhitespace(text.charAt(i))) {
          end = i + 1;
        }
        i++;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }
}
