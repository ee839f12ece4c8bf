// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one annotated text as the extractors read them: the covered text of each token
 * (rather than the tokenizer's normalized word, so that "(" stays "(" whatever the tokenizer
 * wrote), clipped offsets and sentence numbers. Tolerates tokens whose spans do not fit the text.
 */
final class TokenView {
  private final String text;
  private final List<Token> tokens;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;

  TokenView(AnnotatedText annotated) {
    this.text = annotated.text();
    this.tokens = annotated.tokens();
    int n = tokens.size();
    words = new String[n];
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      int start = Math.min(t.span().start(), text.length());
      int end = Math.min(t.span().end(), text.length());
      starts[i] = start;
      ends[i] = end;
      words[i] = t.span().end() <= text.length() ? text.substring(start, end) : t.word();
    }
  }

  String text() {
    return text;
  }

  int size() {
    return words.length;
  }

  /** The token's part-of-speech tag, or null when the text has no POS layer. */
  @org.jspecify.annotations.Nullable
  String pos(int i) {
    return tokens.get(i).pos();
  }

  /** The token's covered text. */
  String word(int i) {
    return words[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int sentence(int i) {
    return tokens.get(i).sentence();
  }

  /** The tagger's NER class of a token, if any. */
  @Nullable String ner(int i) {
    return tokens.get(i).ner();
  }

  boolean isOpenParen(int i) {
    return words[i].equals("(") || tokens.get(i).word().equals("-LRB-");
  }

  boolean isCloseParen(int i) {
    return words[i].equals(")") || tokens.get(i).word().equals("-RRB-");
  }

  boolean isParen(int i) {
    return isOpenParen(i) || isCloseParen(i);
  }

  /**
   * Whether the token is a split-off possessive ending: {@code 's}, {@code ’s} or a lone
   * apostrophe.
   */
  boolean isPossessive(int i) {
    String w = words[i];
    return w.equals("'s")
        || w.equals("’s")
        || w.equals("'S")
        || w.equals("’S")
        || w.equals("'")
        || w.equals("’");
  }

  /** Whether the token has no letter or digit (punctuation, quotes, dashes). */
  boolean hasNoLetterOrDigit(int i) {
    return words[i].codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The half-open token range {@code [from, to)} of the tokens overlapping {@code [start, end)}, or
   * null if none. {@code hintFrom}/{@code hintTo} (for example a mention's own token indices) are
   * used when they fit.
   */
  int @Nullable [] overlapping(int start, int end, int hintFrom, int hintTo) {
    int n = words.length;
    if (hintFrom >= 0
        && hintFrom < hintTo
        && hintTo <= n
        && overlaps(hintFrom, start, end)
        && overlaps(hintTo - 1, start, end)) {
      return new int[] {hintFrom, hintTo};
    }
    int from = -1;
    int to = -1;
    for (int i = 0; i < n; i++) {
      if (overlaps(i, start, end)) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }

  /** The first token index of the sentence of token {@code i}, looking back at most {@code max}. */
  int sentenceFloor(int i, int max) {
    int floor = i;
    int sentence = sentence(i);
    while (floor > 0 && i - floor < max && sentence(floor - 1) == sentence) {
      floor--;
    }
    return floor;
  }

  private boolean overlaps(int i, int start, int end) {
    return starts[i] < end && start < ends[i];
  }
}
