// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.extract.claim.QuoteFinder.Quote;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sentences whose dependency parse the {@link ClaimExtractor} reads, decided without the parse
 * so that the other sentences need not be parsed. A sentence is read when, outside quotations, it
 * has
 *
 * <ul>
 *   <li>a verb whose lemma is a cue of the claim lexicon ({@link #VERB_CUE_SETS}: saying, speech
 *       act, raising, "point to" verbs), or a noun that is a speech or stance cue ({@link
 *       #NOUN_CUE_SETS});
 *   <li>a verb and the word "that" (any verb with a subject and a "that" clause states an
 *       attitude);
 *   <li>a study or poll noun ("In a new poll, …") or a colon (headlines, "He put it this way:
 *       “…”");
 *   <li>"according to", also inside a quotation (without a parse, the rule reads it anywhere);
 * </ul>
 *
 * or it holds one of the first words after a quotation ("“…,” shouted the minister": the verb after
 * a quotation is its cue). Sentences inside quotations are not read for cues (speech reported in a
 * quotation is part of it), and the quotations themselves need no parse.
 *
 * <p>The lexicon is read through its sets, so a word added to one of them is covered here; a new
 * set of cues must be added to {@link #VERB_CUE_SETS} or {@link #NOUN_CUE_SETS}, and a new rule
 * that reads the parse somewhere else must be mirrored here ({@code ClaimSentencesTest} fails for a
 * set of {@code ClaimLexicon} that is not classified).
 */
public final class ClaimSentences {

  /** The lexicon's sets of verb cues: a verb with one of these lemmas is read with its parse. */
  static final List<Set<String>> VERB_CUE_SETS =
      List.of(
          ClaimLexicon.CLAUSE_CUES,
          ClaimLexicon.ACT_CUES,
          ClaimLexicon.SAY_CUES,
          ClaimLexicon.TO_CUES,
          ClaimLexicon.RAISING_CUES,
          ClaimLexicon.PASSIVE_RAISING_CUES);

  /** The lexicon's sets of noun cues (speech nouns, stance nouns, studies that speak). */
  static final List<Set<String>> NOUN_CUE_SETS =
      List.of(ClaimLexicon.NOUN_CUES, ClaimLexicon.NOUN_OBJECT_CUES, ClaimLexicon.STUDY_NOUNS);

  /** How many tokens after a quotation {@code cueAfter} looks for its verb. */
  private static final int AFTER_QUOTE = 7;

  private static final Set<String> VERB_CUES = union(VERB_CUE_SETS);
  private static final Set<String> NOUN_CUES = union(NOUN_CUE_SETS);

  /**
   * A short fingerprint of the words that select sentences: parses cached for one selection are not
   * valid for another (a word added to the lexicon selects more sentences).
   */
  public static final String SELECTION_FINGERPRINT =
      Integer.toHexString(
          (new TreeSet<>(VERB_CUES) + "|" + new TreeSet<>(NOUN_CUES) + "|" + AFTER_QUOTE)
              .hashCode());

  private ClaimSentences() {}

  /**
   * The indexes of the sentences of {@code text} whose parse can give a claim.
   *
   * @param text tokens, sentences, POS and lemmas (dependencies are not read)
   */
  public static BitSet toParse(AnnotatedText text) {
    Objects.requireNonNull(text, "text");
    Graph g = new Graph(text);
    List<Quote> quotes = QuoteFinder.find(text.text());
    boolean[] inQuote = new boolean[g.size()];
    BitSet out = new BitSet();
    int q = 0;
    for (int t = 0; t < g.size(); t++) {
      Span s = g.token(t).span();
      while (q < quotes.size() && quotes.get(q).span().end() <= s.start()) {
        q++;
      }
      inQuote[t] =
          q < quotes.size()
              && quotes.get(q).inner().start() <= s.start()
              && s.end() <= quotes.get(q).inner().end();
    }
    for (Quote quote : quotes) {
      int first = firstTokenEndingAfter(g, quote.span().end());
      for (int t = first; t >= 0 && t < g.size() && t < first + AFTER_QUOTE; t++) {
        out.set(g.sentence(t));
      }
    }
    for (Sentence sentence : text.sentences()) {
      if (!out.get(sentence.index()) && cued(g, sentence, inQuote)) {
        out.set(sentence.index());
      }
    }
    return out;
  }

  private static boolean cued(Graph g, Sentence s, boolean[] inQuote) {
    boolean verb = false;
    boolean that = false;
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String lower = g.lower(t);
      if (lower.equals("that")) {
        that = true; // the mark of a clause may sit inside a quotation the verb is outside of
      }
      if (lower.equals("according") && t + 1 < g.size() && g.lower(t + 1).equals("to")) {
        // read with its parse outside quotations; without one, the rule reads it anywhere
        return true;
      }
      if (inQuote[t]) {
        continue;
      }
      String pos = g.pos(t);
      String lemma = g.lemma(t);
      if (pos.startsWith("VB")) {
        verb = true;
        if (VERB_CUES.contains(lemma)) {
          return true;
        }
      }
      if ((pos.startsWith("NN") && NOUN_CUES.contains(lemma))
          || ClaimLexicon.STUDY_NOUNS.contains(lemma)
          || lower.equals(":")) {
        return true;
      }
    }
    return verb && that;
  }

  private static int firstTokenEndingAfter(Graph g, int offset) {
    int lo = 0;
    int hi = g.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (g.token(mid).span().end() > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  private static Set<String> union(List<Set<String>> sets) {
    Set<String> all = new HashSet<>();
    sets.forEach(all::addAll);
    return Set.copyOf(all);
  }
}
