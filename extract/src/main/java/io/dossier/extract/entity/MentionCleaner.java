// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import io.dossier.model.EntityType;
import io.dossier.model.NerMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns one raw NER mention into zero or more clean candidates: the span is cut at parentheses
 * ("Libyan National Army (LNA)" tagged as one mention gives two), leading "the", punctuation,
 * quotes, hyphens and possessive endings are moved out of it, and for persons a title or role
 * inside or just before the span becomes the {@code title} attribute. The span only ever shrinks,
 * so the candidate's text is always the document text at its span.
 */
final class MentionCleaner {

  /** Characters trimmed from both ends of a name. */
  private static final String TRIM = "\"'`´“”‘’‚„«»‹›-‐‑‒–—―−,;:!?()[]{}<>*•·/\\|_#~";

  /** Abbreviations whose final period belongs to the name ("Acme Corp."). */
  private static final Set<String> ABBREVIATIONS =
      Set.of("inc", "corp", "co", "ltd", "jr", "sr", "st", "bros", "plc", "llc", "mt", "ft");

  /** How far back a title may start before the name, in tokens. */
  private static final int TITLE_WINDOW = 12;

  /**
   * Capitalized function words that the NER model sometimes pulls into a name at the start of a
   * sentence ("As Trump said", "But Haftar's forces"): stripped from the front of a mention.
   */
  private static final Set<String> LEADING_FUNCTION_WORDS =
      Set.of(
          "As",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "If",
          "When",
          "While",
          "Whereas",
          "After",
          "Before",
          "Since",
          "Until",
          "Although",
          "Though",
          "Because",
          "Unlike",
          "Like",
          "Even",
          "Still",
          "Then",
          "Meanwhile",
          "However",
          "Also",
          "Only",
          "Asked",
          "Says",
          "Said",
          "With",
          "Without",
          "Under",
          "During",
          "Despite",
          "Against",
          "Among",
          "Between",
          "Thanks",
          "Dear",
          "Yes",
          "No",
          "Why",
          "How",
          "What",
          "Where",
          "Who",
          "Whom",
          "Whether");

  /** Part-of-speech tags of function words (Penn Treebank); a name token is NNP/NNPS. */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("IN", "CC", "RB", "WRB", "WP", "WDT", "DT", "UH", "VBD", "VBZ", "VBN", "TO");

  private final TokenView tokens;
  private final String text;

  MentionCleaner(TokenView tokens) {
    this.tokens = tokens;
    this.text = tokens.text();
  }

  /** The entity type for an NER class of the 4-class model, or null for any other class. */
  static @Nullable EntityType typeOf(String nerClass) {
    switch (nerClass.toUpperCase(Locale.ROOT)) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOCATION":
        return EntityType.LOCATION;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }

  List<Candidate> clean(NerMention mention) {
    EntityType type = typeOf(mention.type());
    int start = mention.span().start();
    int end = Math.min(mention.span().end(), text.length());
    if (type == null || start >= end) {
      return List.of();
    }
    int[] range = tokens.overlapping(start, end, mention.firstToken(), mention.endToken());
    List<Candidate> out = new ArrayList<>();
    if (range == null) {
      Candidate c = fromChars(start, end, type, null, -1, -1);
      if (c != null) {
        out.add(c);
      }
      return out;
    }
    int segment = range[0];
    for (int t = range[0]; t <= range[1]; t++) {
      if (t == range[1] || tokens.isParen(t)) {
        if (t > segment) {
          Candidate c = segment(start, end, segment, t, type);
          if (c != null) {
            out.add(c);
          }
        }
        segment = t + 1;
      }
    }
    return out;
  }

  /** A sentence-initial function word that is not part of the name that follows it. */
  private boolean leadingFunctionWord(int i) {
    if (!LEADING_FUNCTION_WORDS.contains(tokens.word(i))) {
      return false;
    }
    String pos = tokens.pos(i);
    return pos == null || FUNCTION_TAGS.contains(pos);
  }

  /** Cleans the tokens {@code [from, to)} of a mention whose span is {@code [start, end)}. */
  private @Nullable Candidate segment(int start, int end, int from, int to, EntityType type) {
    while (from < to
        && (tokens.hasNoLetterOrDigit(from)
            || (tokens.word(from).equals("the") && from + 1 < to)
            || (from + 1 < to && leadingFunctionWord(from)))) {
      from++;
    }
    while (to > from && (tokens.hasNoLetterOrDigit(to - 1) || tokens.isPossessive(to - 1))) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    String title = null;
    if (type == EntityType.PERSON) {
      if (Titles.longestStartingAt(tokens, from, to) == to - from) {
        return null; // nothing but a title: "President" alone names no one
      }
      int name = afterTitles(from, to);
      int titleStart = titleStart(name, tokens.sentenceFloor(name, TITLE_WINDOW));
      if (name > from) {
        titleStart = Math.min(titleStart, from); // the titles stripped from inside the span
      }
      if (titleStart < name && tokens.start(titleStart) < tokens.end(name - 1)) {
        title =
            Names.collapseWhitespace(
                text.substring(tokens.start(titleStart), tokens.end(name - 1)));
      }
      from = name;
    }
    return fromChars(
        Math.max(start, tokens.start(from)),
        Math.min(end, tokens.end(to - 1)),
        type,
        title,
        from,
        to);
  }

  /**
   * The first token after the titles at the start of {@code [from, to)}; leaves at least one token.
   */
  private int afterTitles(int from, int to) {
    int q = from;
    while (q < to - 1) {
      int len = Titles.longestStartingAt(tokens, q, to - 1);
      if (len > 0) {
        q += len;
      } else if ((Titles.isModifier(tokens.word(q))
              || (q == from && Acronyms.shaped(tokens.word(q))))
          && Titles.longestStartingAt(tokens, q + 1, to - 1) > 0) {
        q++;
      } else {
        break;
      }
    }
    return q;
  }

  /**
   * Where the title that ends just before token {@code name} starts ({@code name} if there is
   * none): titles chained backwards, with modifiers ("former", "Deputy") and one acronym qualifier
   * ("UN envoy", "LNA's spokesman") in front of them, never before {@code floor}.
   */
  private int titleStart(int name, int floor) {
    int p = name;
    boolean any = false;
    boolean qualified = false;
    while (p > floor) {
      int len = Titles.longestEndingAt(tokens, p, floor);
      if (len > 0) {
        p -= len;
        any = true;
        continue;
      }
      if (!any) {
        break;
      }
      String word = tokens.word(p - 1);
      if (Titles.isModifier(word)) {
        p--;
      } else if (!qualified && Acronyms.shaped(word)) {
        p--;
        qualified = true;
      } else if (!qualified
          && tokens.isPossessive(p - 1)
          && p - 2 >= floor
          && Acronyms.shaped(tokens.word(p - 2))) {
        p -= 2;
        qualified = true;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * Trims punctuation, quotes, hyphens and possessive endings from {@code [start, end)} and makes
   * the candidate, or null if no letter or digit is left. The tokens {@code [fromToken, toToken)}
   * are a hint for the candidate's token range (-1 when unknown).
   */
  private @Nullable Candidate fromChars(
      int start, int end, EntityType type, @Nullable String title, int fromToken, int toToken) {
    end = Math.min(end, text.length());
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      char first = text.charAt(start);
      char last = text.charAt(end - 1);
      if (first == '(' && last == ')' && end - start > 2) {
        start++; // "(LNA)"
        end--;
        changed = true;
      } else if (isBlank(first)
          || first == '.'
          || (TRIM.indexOf(first) >= 0 && keepsBalance(first, start, end))) {
        start++;
        changed = true;
      } else if (isBlank(last) || (TRIM.indexOf(last) >= 0 && keepsBalance(last, start, end))) {
        end--;
        changed = true;
      } else if (end - start > 2
          && (last == 's' || last == 'S')
          && isApostrophe(text.charAt(end - 2))
          && Character.isLetterOrDigit(text.charAt(end - 3))) {
        end -= 2; // an unsplit possessive: "Haftar's", "LNA’s"
        changed = true;
      } else if (last == '.' && sentencePeriod(start, end)) {
        end--;
        changed = true;
      }
    }
    if (start >= end
        || text.substring(start, end).codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    String name = text.substring(start, end);
    String norm = Names.normalize(name);
    if (norm.isEmpty()) {
      return null;
    }
    int[] range = tokens.overlapping(start, end, fromToken, toToken);
    return new Candidate(
        start,
        end,
        name,
        norm,
        type,
        title,
        EntityExtractor.RULE_NER,
        range == null ? -1 : range[0],
        range == null ? -1 : range[1]);
  }

  /** Parentheses are trimmed only when unbalanced inside the span. */
  private boolean keepsBalance(char c, int start, int end) {
    if (c == '(') {
      return text.indexOf(')', start) < 0 || text.indexOf(')', start) >= end;
    }
    if (c == ')') {
      int open = text.lastIndexOf('(', end - 1);
      return open < start;
    }
    return true;
  }

  /**
   * Whether a final period ends a sentence rather than an abbreviation: the last word has no other
   * period, more than two letters and is not a known abbreviation ("Acme Corp.", "U.S." keep it).
   */
  private boolean sentencePeriod(int start, int end) {
    int wordStart = end - 1;
    while (wordStart > start && !isBlank(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, end - 1);
    return word.indexOf('.') < 0
        && word.length() > 2
        && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }
}
