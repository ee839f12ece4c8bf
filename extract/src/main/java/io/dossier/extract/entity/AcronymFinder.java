// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the acronyms an article defines, "Libyan National Army (LNA)" or "LNA (Libyan National
 * Army)", and every use of them, whether the NER model tagged it or not. Untagged uses (and an
 * untagged parenthesized acronym) become candidates with the rule {@link
 * EntityExtractor#RULE_ACRONYM_SCAN}.
 */
final class AcronymFinder {

  /**
   * One acronym defined in the text.
   *
   * @param acronym the acronym as written
   * @param full the mention it abbreviates
   */
  record Definition(String acronym, Candidate full) {}

  /**
   * The candidates with the acronym uses added, in text order, and the definitions by acronym.
   *
   * @param candidates all candidates, sorted by start
   * @param definitions the first definition of each acronym
   */
  record Result(List<Candidate> candidates, Map<String, Definition> definitions) {}

  private final TokenView tokens;
  private final List<Candidate> all;
  private final int[] owner;
  private final Map<String, Definition> definitions = new LinkedHashMap<>();

  private AcronymFinder(TokenView tokens, List<Candidate> candidates) {
    this.tokens = tokens;
    this.all = new ArrayList<>(candidates);
    this.owner = new int[tokens.size()];
    Arrays.fill(owner, -1);
    for (int i = 0; i < all.size(); i++) {
      own(i);
    }
  }

  /** Finds definitions and uses among non-overlapping candidates. */
  static Result find(TokenView tokens, List<Candidate> candidates) {
    AcronymFinder finder = new AcronymFinder(tokens, candidates);
    finder.findDefinitions(candidates);
    finder.scanUses();
    List<Candidate> sorted = new ArrayList<>(finder.all);
    sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return new Result(List.copyOf(sorted), Map.copyOf(finder.definitions));
  }

  private void findDefinitions(List<Candidate> candidates) {
    int n = tokens.size();
    for (Candidate c : candidates) {
      int first = c.firstToken();
      int end = c.endToken();
      if (first < 0) {
        continue;
      }
      // Full name (ACR)
      if (end + 2 < n && tokens.isOpenParen(end) && tokens.isCloseParen(end + 2)) {
        define(c, end + 1);
      }
      // ACR (Full name)
      if (first >= 2 && end < n && tokens.isOpenParen(first - 1) && tokens.isCloseParen(end)) {
        define(c, first - 2);
      }
    }
  }

  private void define(Candidate full, int acronymToken) {
    String acronym = tokens.word(acronymToken);
    if (definitions.containsKey(acronym)
        || !Acronyms.shaped(acronym)
        || !Acronyms.expands(acronym, full.text())) {
      return;
    }
    int o = owner[acronymToken];
    if (o >= 0 && !all.get(o).text().equals(acronym)) {
      return; // the token belongs to a longer name
    }
    if (o < 0) {
      if (!fits(acronymToken)) {
        return;
      }
      add(scanned(full, acronym.length(), acronymToken));
    }
    definitions.put(acronym, new Definition(acronym, full));
  }

  /** Adds a candidate for every untagged token that is, or starts with, a defined acronym. */
  private void scanUses() {
    if (definitions.isEmpty()) {
      return;
    }
    for (int t = 0; t < tokens.size(); t++) {
      if (owner[t] >= 0 || !fits(t)) {
        continue;
      }
      String word = tokens.word(t);
      for (Definition d : definitions.values()) {
        if (isUse(word, d.acronym())) {
          add(scanned(d.full(), d.acronym().length(), t));
          break;
        }
      }
    }
  }

  /** "LNA", and "LNA's", "LNA’s", "LNA-led" when the tokenizer kept them in one token. */
  private static boolean isUse(String word, String acronym) {
    if (word.equals(acronym)) {
      return true;
    }
    if (!word.startsWith(acronym)) {
      return false;
    }
    String rest = word.substring(acronym.length());
    return rest.equals("'s")
        || rest.equals("’s")
        || rest.equals("'")
        || rest.equals("’")
        || (rest.length() > 1 && rest.charAt(0) == '-' && Character.isLetter(rest.charAt(1)));
  }

  /** A candidate for the first {@code length} characters of token {@code token}. */
  private Candidate scanned(Candidate full, int length, int token) {
    int start = tokens.start(token);
    String acronym = tokens.text().substring(start, start + length);
    return new Candidate(
        start,
        start + length,
        acronym,
        Names.normalize(acronym),
        full.type(),
        null,
        EntityExtractor.RULE_ACRONYM_SCAN,
        token,
        token + 1);
  }

  /** Whether the token's span covers exactly its word in the text. */
  private boolean fits(int token) {
    return tokens.end(token) - tokens.start(token) == tokens.word(token).length();
  }

  private void add(Candidate c) {
    all.add(c);
    own(all.size() - 1);
  }

  private void own(int i) {
    Candidate c = all.get(i);
    for (int t = Math.max(0, c.firstToken()); t < c.endToken() && t < owner.length; t++) {
      owner[t] = i;
    }
  }
}
