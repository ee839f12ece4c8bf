// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.extract.claim.QuoteFinder.Quote;
import io.dossier.extract.modality.Cues;
import io.dossier.model.AnnotatedText;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the claims of one article: who said what, how, and how sure the article is of it.
 *
 * <p>Rules, each named in the claim's provenance:
 *
 * <ul>
 *   <li>{@code indirect-ccomp}: a cue verb ({@code said}, {@code believes}, {@code denied}) and its
 *       clausal complement; when the complement is a quotation the claim is direct ({@code
 *       quote-ccomp}).
 *   <li>{@code speech-act-object}: a speech act and its object ({@code accused X of …}, {@code
 *       called for …}, {@code denied the report}).
 *   <li>{@code according-to}: the clause around "according to X".
 *   <li>{@code noun-cue}: a speech noun with a "that" clause ({@code his claim that …}).
 *   <li>{@code quote-cue-after}, {@code quote-cue-before}: a quotation next to a cue the parse did
 *       not connect ({@code "…," he said}; {@code He said: "…"}).
 *   <li>{@code quote-no-speaker}: a whole-sentence quotation with no cue; its speaker stays null.
 *   <li>{@code quote-colon}: a quotation after a colon ("He put it this way: “…”").
 *   <li>{@code quote-continued}: a whole-sentence quotation with no cue right after (same or next
 *       paragraph) a direct claim takes that claim's speaker, with basis {@code continued-quote}.
 *   <li>{@code indirect-position}: "he said he would …" where the parse attached no complement.
 *   <li>{@code headline-colon}: "Belkadi: The Bridge Is Ours".
 *   <li>{@code indirect-parenthetical}: "The convoy, officials said on Monday, will retreat" (the
 *       content is the sentence around the cue clause).
 *   <li>{@code indirect-inverted}: "The convoy will retreat, said Omar Belkadi, the commander."
 *   <li>{@code indirect-relative}: "the shelling, which he said had destroyed the bridge".
 *   <li>{@code passive-agent}: "the plan was rejected by the council" (the agent is the source).
 *   <li>{@code no-comment}: "X declined to comment" (a refusal, kept and named as such).
 *   <li>{@code attitude-clause}, {@code attitude-to}, {@code attitude-about}: cues by class for
 *       verbs outside the lexicon whose subject holds views ("she regrets the town fell", "the
 *       rebels resolved to retake it", "they fumed about the strikes"), in the sentences {@link
 *       ClaimSentences} selects.
 *   <li>{@code asked-participle}: "Asked whether the truce would hold, …" (the asker stays open).
 *   <li>{@code indirect-answer}: "the minister said no".
 *   <li>{@code headline-cue}: "Rebel Commander Slams Truce Deal" (a title-case headline).
 * </ul>
 *
 * A claim whose cue lies in another claim's content is part of what that claim reports and is
 * dropped ("Ryan said he was not ready to support Trump" is one claim), except "according to", an
 * outlet's report of a speaker (the attribution chain), a participle of saying with the same
 * subject, and relative clauses of saying. "X did not deny …" carries the hedge "not denied".
 *
 * <p>A quotation right after a direct claim, with nothing but punctuation or that claim's own cue
 * clause in between, continues that claim as a further piece ({@code "…," he said. "…"}; {@code
 * "…," said X, the senator who …. "…"}). Speakers are the cue's subject; a spokesman named in
 * apposition speaks on behalf of the organisation after "for"; pronouns and "the commander"-style
 * nominals take the nearest preceding named speaker of a compatible kind, and the basis says so;
 * "he" and "she" skip named persons the article gives the other gender, and stay unresolved when
 * none is compatible. Thread-safe and pure.
 */
public final class ClaimExtractor {

  /** The version written into every provenance. */
  public static final String VERSION = "5";

  /** Extracts the claims of {@code text}; {@code entities} are its within-document entities. */
  public List<ClaimMention> extract(AnnotatedText text, List<LocalEntity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    return new Run(text, entities).run();
  }

  /** A claim being built. */
  /** A sentence end inside a cue clause (not after a title such as "Sen."). */
  private static final Pattern THAT = Pattern.compile("\\bthat\\b");

  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Rev|Prof))[.?!]\\s+\\p{Lu}");

  private static final class Draft {
    int cue = -1;
    int cueEnd = -1; // last token of the cue
    @Nullable Integer subject;
    @Nullable Integer surface; // the written subject when it differs (relative pronoun)
    final List<Span> pieces = new ArrayList<>();
    boolean direct;
    String rule;
    boolean lastQuoteOpen;
    int lastQuote = -1;
    @Nullable Draft continued; // an uncued quotation that continues this earlier claim's speaker
    @Nullable Speaker speaker; // set when finished

    Draft(String rule) {
      this.rule = rule;
    }

    int start() {
      return pieces.get(0).start();
    }

    int end() {
      return pieces.get(pieces.size() - 1).end();
    }
  }

  /** One extraction, over one text. */
  private static final class Run {
    private final AnnotatedText annotated;
    private final String text;
    private final Graph g;
    private final List<LocalEntity> entities;
    private final List<Quote> quotes;
    private final int[] quoteOf; // token -> index of the quote containing it, or -1
    private final boolean[] quoteUsed;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<int[]> paragraphs;
    private final java.util.Map<Integer, Character> genders = new java.util.HashMap<>();
    // the sentences ClaimSentences selects for a parse (the cues by class act only there),
    // computed when first needed
    private java.util.@Nullable BitSet selected;

    Run(AnnotatedText annotated, List<LocalEntity> entities) {
      this.annotated = annotated;
      this.text = annotated.text();
      this.g = new Graph(annotated);
      this.entities = entities;
      this.quotes = QuoteFinder.find(text);
      this.quoteOf = new int[g.size()];
      java.util.Arrays.fill(quoteOf, -1);
      int q = 0;
      for (int t = 0; t < g.size(); t++) {
        Span s = g.token(t).span();
        while (q < quotes.size() && quotes.get(q).span().end() <= s.start()) {
          q++;
        }
        if (q < quotes.size()
            && quotes.get(q).inner().start() <= s.start()
            && s.end() <= quotes.get(q).inner().end()) {
          quoteOf[t] = q;
        }
      }
      this.quoteUsed = new boolean[quotes.size()];
      this.paragraphs = QuoteFinder.paragraphs(text);
    }

    List<ClaimMention> run() {
      for (int t = 0; t < g.size(); t++) {
        if (!g.parsed(t) || quoteOf[t] >= 0) {
          continue; // speech reported inside a quotation is part of that quotation
        }
        if (g.lower(t).equals("according") && t + 1 < g.size() && g.lower(t + 1).equals("to")) {
          accordingTo(t);
        } else if (g.pos(t).startsWith("VB")) {
          verbCue(t);
        } else if (g.pos(t).startsWith("NN") && ClaimLexicon.NOUN_CUES.contains(g.lemma(t))) {
          nounCue(t);
        } else if (g.pos(t).startsWith("NN")
            && ClaimLexicon.NOUN_OBJECT_CUES.contains(g.lemma(t))) {
          nounObject(t);
        } else if (g.word(t).equals(":")) {
          headlineColon(t);
        } else if (g.lower(t).equals("in")) {
          inSource(t);
        }
      }
      for (int t = 0; t + 1 < g.size(); t++) {
        if (!g.parsed(t) && g.lower(t).equals("according") && g.lower(t + 1).equals("to")) {
          accordingToUnparsed(t);
        }
      }
      for (Sentence sentence : annotated.sentences()) {
        headlineCue(sentence);
      }
      attachQuotes();
      unattachedQuotes();
      return finish();
    }

    /**
     * "Rubio Says Trump Cannot Win", "Senate Leader Slams Truce Deal": a headline in title case,
     * where the parse reads capitalised verbs as names. A short capitalised noun phrase, a verb of
     * the lexicon in the third person ("Says", "Slams", "Calls For"), and the rest of the headline
     * as its content. Read from the words alone, with or without a parse.
     */
    private void headlineCue(Sentence sentence) {
      int from = sentence.firstToken();
      int end = sentence.endToken() - 1;
      while (end > from && isPunct(end) && !isQuoteToken(end)) {
        end--;
      }
      if (end - from + 1 < 4 || end - from + 1 > 25 || !titleCase(from, end)) {
        return;
      }
      for (Draft d : drafts) {
        if (d.cue >= from && d.cue <= end) {
          return; // the parse found a cue here
        }
      }
      for (int v = from + 1; v <= Math.min(end - 1, from + 8); v++) {
        if (quoteOf[v] >= 0 || isPunct(v)) {
          return;
        }
        String lemma = thirdPerson(g.lower(v));
        if (lemma == null) {
          continue;
        }
        int cueEnd = v;
        if (v + 1 < end && (g.lower(v + 1).equals("for") || g.lower(v + 1).equals("on"))) {
          cueEnd = v + 1; // "Calls For", "Weighs In On"
        }
        Draft d = new Draft("headline-cue");
        if (!addTokens(d, cueEnd + 1, end)) {
          return;
        }
        d.cue = v;
        d.cueEnd = cueEnd;
        d.subject = v - 1;
        d.surface = v - 1;
        drafts.add(d);
        return;
      }
    }

    /** Whether every word of tokens [a, b] but small words starts with a capital letter. */
    private boolean titleCase(int a, int b) {
      int words = 0;
      for (int t = a; t <= b; t++) {
        String w = g.word(t);
        if (!Character.isLetter(w.codePointAt(0))) {
          continue;
        }
        words++;
        if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) {
          return false;
        }
      }
      return words >= 4;
    }

    /**
     * The lemma of a third-person verb form of the lexicon ("says" → say, "slams" → slam,
     * "criticizes" → criticize, "denies" → deny), or null.
     */
    private static @Nullable String thirdPerson(String lower) {
      if (!lower.endsWith("s") || lower.endsWith("ss") || lower.length() < 4) {
        return null;
      }
      List<String> candidates = new ArrayList<>();
      if (lower.endsWith("ies")) {
        candidates.add(lower.substring(0, lower.length() - 3) + "y");
      }
      if (lower.endsWith("es")) {
        candidates.add(lower.substring(0, lower.length() - 2));
      }
      candidates.add(lower.substring(0, lower.length() - 1));
      for (String c : candidates) {
        if (ClaimLexicon.CLAUSE_CUES.contains(c)
            || ClaimLexicon.SAY_CUES.contains(c)
            || ClaimLexicon.ACT_CUES.contains(c)) {
          return c;
        }
      }
      return null;
    }

    // ------------------------------------------------------------------ cues from the parse

    private void verbCue(int v) {
      String lemma = g.lemma(v);
      if (raising(v)
          || parenthetical(v)
          || setOff(v)
          || inverted(v)
          || relativeSay(v)
          || askedParticiple(v)
          || answer(v)) {
        return;
      }
      if (lemma.equals("lay") && !hasParticle(v, "out")) {
        return; // "laid out a plan", not "laid a wreath"
      }
      boolean clause = ClaimLexicon.CLAUSE_CUES.contains(lemma);
      boolean act =
          ClaimLexicon.ACT_CUES.contains(lemma)
              || clause && !ClaimLexicon.CLAUSE_ONLY_CUES.contains(lemma);
      String generic = null;
      if (!clause && !act) {
        // any other verb with a subject and a that-clause states an attitude ("is convinced that")
        Integer ccomp = g.child(v, "ccomp");
        Integer mark = ccomp == null ? null : g.child(ccomp, "mark");
        if (ccomp != null
            && ccomp > v
            && mark != null
            && g.lower(mark).equals("that")
            && g.child(v, "nsubj") != null) {
          clause = true;
        } else {
          generic = attitude(v);
          if (generic == null) {
            return;
          }
          clause = generic.equals("attitude-clause");
          act = !clause;
        }
      }
      if (passiveAgent(v)) {
        return;
      }
      Integer subject = subjectOf(v);
      Set<Integer> blocked = new HashSet<>();
      blocked.add(v);
      if (subject != null) {
        blocked.add(subject);
      }
      Integer comp = null;
      if (clause) {
        for (Graph.Edge e : g.children(v)) {
          if (Graph.is(e.relation(), "ccomp") && g.sentence(e.dependent()) == g.sentence(v)) {
            comp = e.dependent();
            break;
          }
        }
        if (comp == null) {
          // "“…,” he said": some parses hang the quotation on the verb as parataxis or dep
          for (Graph.Edge e : g.children(v)) {
            if ((Graph.is(e.relation(), "parataxis") || e.relation().equals("dep"))
                && quoteOf[e.dependent()] >= 0
                && quoteOf[v] != quoteOf[e.dependent()]) {
              comp = e.dependent();
              break;
            }
          }
        }
      }
      if (comp == null && clause && ClaimLexicon.SAY_CUES.contains(lemma)) {
        comp = misattachedThat(v);
      }
      if (comp == null && clause && ClaimLexicon.SAY_CUES.contains(lemma)) {
        comp = looseClause(v);
      }
      if (comp == null && clause && ClaimLexicon.SAY_CUES.contains(lemma)) {
        comp = conditionalClause(v);
      }
      if (comp == null && clause) {
        // "said he's proud of …" parsed as an xcomp with a subject of its own
        for (Graph.Edge e : g.children(v)) {
          int d = e.dependent();
          if (Graph.is(e.relation(), "xcomp")
              && d > v
              && g.sentence(d) == g.sentence(v)
              && g.child(d, "nsubj") != null
              && g.child(d, "nsubj") > v) {
            comp = d;
            break;
          }
        }
      }
      Draft d;
      if (comp != null) {
        boolean after = comp > v;
        int lo = after ? v + 1 : sentenceStart(v);
        int hi = after ? sentenceEnd(v) : v - 1;
        int[] ext = g.extent(comp, lo, hi, e -> false, blocked);
        // "says X but that Y": every complement on the same side belongs to the content
        for (Graph.Edge e : g.children(v)) {
          if (Graph.is(e.relation(), "ccomp")
              && (e.dependent() > v) == after
              && e.dependent() >= lo
              && e.dependent() <= hi) {
            int[] more = g.extent(e.dependent(), lo, hi, x -> false, blocked);
            ext[0] = Math.min(ext[0], more[0]);
            ext[1] = Math.max(ext[1], more[1]);
          }
        }
        if (after && sayWithoutRecipient(v)) {
          spill(v, comp, ext, blocked);
        }
        if (after) {
          ext[1] = clauseGoesOn(ext[1], v);
          ext[1] = contiguous(v, ext[1], blocked);
        }
        d = new Draft(generic != null ? generic : "indirect-ccomp");
        if (!addTokens(d, ext[0], ext[1])) {
          return;
        }
      } else if (clause && ClaimLexicon.SAY_CUES.contains(lemma) && positionalClause(v) != null) {
        int[] ext = Objects.requireNonNull(positionalClause(v));
        d = new Draft("indirect-position");
        if (!addTokens(d, ext[0], ext[1])) {
          return;
        }
      } else if (clause && ClaimLexicon.SAY_CUES.contains(lemma) && trailingClause(v) != null) {
        int[] ext = Objects.requireNonNull(trailingClause(v));
        d = new Draft("indirect-position-before");
        if (!addTokens(d, ext[0], ext[1])) {
          return;
        }
      } else if (act) {
        int[] ext = objectExtent(v, blocked);
        if (ext == null) {
          return;
        }
        ext[1] = clauseGoesOn(ext[1], v);
        d = new Draft(generic != null ? generic : "speech-act-object");
        if (!addTokens(d, ext[0], ext[1])) {
          return;
        }
      } else {
        return;
      }
      d.cue = v;
      d.cueEnd = cueEnd(v);
      d.subject = subject;
      d.surface = subject == null ? null : surfaceOf(subject, v);
      drafts.add(d);
    }

    /**
     * "Cruz said if elected he could work with them": a conditional the parse hung on the verb of
     * saying, right after it, is what was said.
     */
    private @Nullable Integer conditionalClause(int v) {
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        if (Graph.is(e.relation(), "advcl")
            && d > v
            && g.sentence(d) == g.sentence(v)
            && g.child(d, "nsubj") != null) {
          int[] ext = g.extent(d, v + 1, sentenceEnd(v), x -> false, Set.of(v));
          Integer mark = g.child(d, "mark");
          if (ext[0] == v + 1 && mark != null && mark == v + 1) {
            return d;
          }
        }
      }
      return null;
    }

    private static final Set<String> QUESTION_WORDS =
        Set.of("if", "whether", "what", "who", "whom", "why", "how", "which", "where", "when");

    /**
     * "Asked whether the truce would hold, the commander said …", "When asked about the shelling,
     * …": a question put to someone by an unnamed asker. The content is the question, up to the
     * comma that ends the participle clause; the source is left open.
     */
    private boolean askedParticiple(int v) {
      if (!g.lemma(v).equals("ask") || !g.pos(v).equals("VBN") || quoteOf[v] >= 0) {
        return false;
      }
      int from = sentenceStart(v);
      for (int t = from; t < v; t++) {
        String w = g.lower(t);
        if (!(w.equals("when")
            || w.equals("later")
            || w.equals("after")
            || w.equals("being")
            || isPunct(t))) {
          return false;
        }
      }
      int end = sentenceEnd(v);
      int a = v + 1;
      int cueEnd = v;
      if (a > end) {
        return false;
      }
      if (g.lower(a).equals("about")) {
        cueEnd = a;
        a++;
      } else if (!QUESTION_WORDS.contains(g.lower(a))) {
        return false;
      }
      int b = a;
      while (b <= end && !g.word(b).equals(",") && !g.word(b).equals(";") && quoteOf[b] < 0) {
        b++;
      }
      if (b > end || !g.word(b).equals(",")) {
        return false; // no main clause after it: "He was asked whether …" is read by the parse
      }
      Draft d = new Draft("asked-participle");
      if (!addTokens(d, a, b - 1)) {
        return false;
      }
      d.cue = v;
      d.cueEnd = cueEnd;
      drafts.add(d);
      return true;
    }

    /** "Half said yes", "the minister said no", "officials said so": a one-word answer. */
    private boolean answer(int v) {
      if (!ClaimLexicon.SAY_CUES.contains(g.lemma(v)) || quoteOf[v] >= 0) {
        return false;
      }
      int a = v + 1;
      int end = sentenceEnd(v);
      if (a > end) {
        return false;
      }
      String w = g.lower(a);
      if (!(w.equals("yes") || w.equals("no") || w.equals("so"))) {
        return false;
      }
      if (a < end
          && !isPunct(a + 1)
          && !g.lower(a + 1).equals("and")
          && !g.lower(a + 1).equals("but")) {
        return false; // "said no one", "said so many"
      }
      Draft d = new Draft("indirect-answer");
      if (!addTokens(d, a, a)) {
        return false;
      }
      return keep(d, v, subjectOf(v));
    }

    /** A verb of saying that takes no recipient object ("said", "argued"; not "told", "warned"). */
    private boolean sayWithoutRecipient(int v) {
      String lemma = g.lemma(v);
      return ClaimLexicon.SAY_CUES.contains(lemma)
          && !lemma.equals("tell")
          && !lemma.equals("warn");
    }

    /**
     * What the parse split off a verb of saying's clause belongs to it: a noun phrase between the
     * verb and the clause ("said the fading attention this time helped": the parse made the subject
     * the verb's object) and what the parse hung on the verb after the clause ("said the goal was
     * not to “make America great again” but to …": "again" and the "but" clause; "said her editors
     * cut one scene she wrote where …": a second clause as parataxis). Another cue hung there is a
     * claim of its own ("said …, adding …") and circumstances ("on Monday") are the cue's.
     */
    private void spill(int v, int comp, int[] ext, Set<Integer> blocked) {
      int end = sentenceEnd(v);
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        String r = e.relation();
        if (d <= v || d > end || blocked.contains(d)) {
          continue;
        }
        boolean before = d < ext[0];
        if (before) {
          if (!(Graph.is(r, "obj") || r.equals("dep"))
              || !isNominal(d)
              || hasVerb(v + 1, ext[0] - 1)) {
            continue;
          }
        } else {
          if (d <= ext[1]
              || !(Graph.is(r, "conj")
                  || Graph.is(r, "parataxis")
                  || r.equals("dep")
                  || Graph.is(r, "advmod")
                  || Graph.is(r, "obj")
                  || Graph.is(r, "xcomp"))
              || ClaimLexicon.CLAUSE_CUES.contains(g.lemma(d))
              || ClaimLexicon.ACT_CUES.contains(g.lemma(d))) {
            continue;
          }
          boolean gap = false;
          for (int t = ext[1] + 1; t < d; t++) {
            if (g.word(t).equals(";")) {
              gap = true;
            }
          }
          if (gap) {
            continue;
          }
        }
        int[] more = g.extent(d, v + 1, end, x -> false, blocked);
        ext[0] = Math.min(ext[0], more[0]);
        ext[1] = Math.max(ext[1], more[1]);
      }
    }

    /**
     * Cues by class rather than by lemma, for verbs outside the lexicon: a verb whose subject is a
     * holder (a person, an organisation, a personal pronoun, a role) and that takes a clause
     * ("Smith doubts the town will fall": {@code attitude-clause}), a "to" infinitive ("the rebels
     * vowed to retake the town": {@code attitude-to}) or an "about"/"on"/"against"/"over" object
     * ("the minister spoke out against the strikes": {@code attitude-about}) states what the holder
     * says, thinks or intends. Returns the rule, or null.
     *
     * <p>These cues are no words {@link ClaimSentences} can look for, so they act only in the
     * sentences it selects for another reason (a cue of the lexicon, "that", a colon, a study, the
     * words after a quotation): the claims of a text do not depend on which other sentences happen
     * to be parsed.
     */
    private @Nullable String attitude(int v) {
      if (quoteOf[v] >= 0
          || g.lemma(v).equals("be")
          || g.lemma(v).equals("have")
          || ClaimLexicon.NOT_ATTITUDE.contains(g.lemma(v))) {
        return null;
      }
      Integer s = g.child(v, "nsubj");
      if (s == null || s > v || !holder(s)) {
        return null;
      }
      if (selected == null) {
        selected = ClaimSentences.toParse(annotated);
      }
      if (!selected.get(g.sentence(v))) {
        return null;
      }
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        if (d <= v
            || g.sentence(d) != g.sentence(v)
            || quoteOf[d] >= 0 && quoteOf[d] == quoteOf[v]) {
          continue;
        }
        String r = e.relation();
        if (Graph.is(r, "ccomp") && g.pos(d).startsWith("VB")) {
          return "attitude-clause";
        }
        if (Graph.is(r, "xcomp") && g.pos(d).equals("VB")) {
          Integer mark = g.child(d, "mark");
          if (mark != null && g.lower(mark).equals("to")) {
            return "attitude-to";
          }
        }
        if ((r.equals("obl:about")
                || r.equals("obl:on")
                || r.equals("obl:against")
                || r.equals("obl:over"))
            && !isCircumstance(d, r)) {
          return "attitude-about";
        }
      }
      return null;
    }

    /** A subject that can hold a view: a person, an organisation, a personal pronoun, a role. */
    private boolean holder(int s) {
      String lower = g.lower(s);
      if (g.pos(s).equals("PRP")) {
        return !lower.equals("it");
      }
      if (!g.pos(s).startsWith("NN")) {
        return false;
      }
      String ner = g.ner(s);
      return ner.equals("PERSON")
          || ner.equals("ORGANIZATION")
          || ner.equals("TITLE")
          || ClaimLexicon.ROLE_NOUNS.contains(g.lemma(s))
          || ClaimLexicon.HOLDER_NOUNS.contains(g.lemma(s));
    }

    /**
     * "The plan, Smith said, will fail": a saying verb set off by commas inside the clause it
     * reports, whatever the parse made of it. The content is the clause around it.
     */
    private boolean parenthetical(int v) {
      if (!ClaimLexicon.SAY_CUES.contains(g.lemma(v))
          || g.pos(v).equals("VBG")
          || g.pos(v).equals("VBN")
          || quoteOf[v] >= 0) {
        return false;
      }
      int from = sentenceStart(v);
      int end = sentenceEnd(v);
      if (v + 2 > end || !g.word(v + 1).equals(",")) {
        return false;
      }
      int next = v + 2;
      if (!(g.pos(next).startsWith("VB") || g.pos(next).equals("MD") || g.pos(next).equals("RB"))) {
        return false;
      }
      int comma = v - 1;
      while (comma > from && !g.word(comma).equals(",") && v - comma <= 6) {
        if (!isNominal(comma)
            && !g.pos(comma).equals("DT")
            && !g.pos(comma).equals("JJ")
            && !g.pos(comma).equals("POS")) {
          return false;
        }
        comma--;
      }
      if (comma <= from
          || !g.word(comma).equals(",")
          || comma == v - 1
          || !isNominal(v - 1)
          || !isNominal(comma - 1) && !g.pos(comma - 1).equals("CD")) {
        return false;
      }
      for (int t = from; t < comma; t++) {
        if (quoteOf[t] >= 0 || isQuoteToken(t) || g.word(t).equals(",")) {
          return false; // quotations are attached by their own rules; one clause only
        }
      }
      Draft d = new Draft("indirect-parenthetical");
      addAround(d, from, end, comma, v + 1);
      if (d.pieces.size() != 2) {
        return false;
      }
      return keep(d, v, v - 1);
    }

    /**
     * "The move was first reported by MSNBC", "the plan was rejected by the council": a passive cue
     * with an agent; the agent is the source and the passive subject the content.
     */
    private boolean passiveAgent(int v) {
      if (g.child(v, "aux:pass") == null && g.child(v, "auxpass") == null) {
        return false;
      }
      Integer agent = null;
      Integer patient = null;
      for (Graph.Edge e : g.children(v)) {
        if (e.relation().equals("obl:agent") || e.relation().equals("nmod:agent")) {
          agent = e.dependent();
        } else if (e.relation().equals("nsubj:pass") || e.relation().equals("nsubjpass")) {
          patient = e.dependent();
        }
      }
      if (agent == null || patient == null || patient > v || quoteOf[agent] >= 0) {
        return false;
      }
      Set<Integer> blocked = new HashSet<>();
      blocked.add(v);
      blocked.add(agent);
      blocked.add(patient);
      // "Sanders was asked by the host whether …": what follows is the content, else the subject
      int[] ext = objectExtent(v, blocked);
      if (ext == null) {
        ext = g.extent(patient, sentenceStart(v), v - 1, e -> false, Set.of(v));
      }
      Draft d = new Draft("passive-agent");
      if (!addTokens(d, ext[0], ext[1])) {
        return false;
      }
      return keep(d, v, agent);
    }

    /** Keeps a draft whose one-word cue is {@code cue} and whose speaker is {@code subject}. */
    private boolean keep(Draft d, int cue, @Nullable Integer subject) {
      d.cue = cue;
      d.cueEnd = cue;
      d.subject = subject;
      d.surface = subject;
      drafts.add(d);
      return true;
    }

    /**
     * "Whatever progress he has made, officials said on Monday, could be undone": a saying verb and
     * its subject set off by commas inside the clause it reports (the parse usually hangs it as
     * parataxis). The content is the sentence around the cue clause.
     */
    private boolean setOff(int v) {
      if (!finiteSay(v)) {
        return false;
      }
      Integer s = g.child(v, "nsubj");
      if (s == null || s > v || quoteOf[s] >= 0) {
        return false;
      }
      int from = sentenceStart(v);
      int end = sentenceEnd(v);
      int open = s;
      while (open > from && v - open <= 12 && !g.word(open).equals(",")) {
        open--;
      }
      if (open <= from || !g.word(open).equals(",") || v - open > 12) {
        return false;
      }
      for (int t = open + 1; t < v; t++) {
        if (g.pos(t).startsWith("VB") && t != v || quoteOf[t] >= 0) {
          return false;
        }
      }
      // the cue clause may go on with a few circumstance words ("on Monday", "in an interview")
      int close = v + 1;
      while (close <= end && close - v <= 6 && !g.word(close).equals(",")) {
        if (g.pos(close).startsWith("VB") || g.pos(close).equals("MD") || quoteOf[close] >= 0) {
          return false;
        }
        close++;
      }
      if (close >= end - 1 || !g.word(close).equals(",")) {
        return false;
      }
      if (!hasVerb(from, open - 1) && !hasVerb(close + 1, end)) {
        return false;
      }
      for (int t = from; t <= end; t++) {
        if (quoteOf[t] >= 0 || isQuoteToken(t)) {
          return false; // quotations are attached by their own rules
        }
      }
      Draft d = new Draft("indirect-parenthetical");
      addAround(d, from, end, open, close);
      if (d.pieces.size() != 2) {
        return false;
      }
      return keep(d, v, s);
    }

    /**
     * "Nor are tariffs likely to bring the jobs back, said David Autor, a professor …": a saying
     * verb right after a comma that ends a clause, followed by its (inverted) subject to the end of
     * the sentence. The content is the clause before the comma.
     */
    private boolean inverted(int v) {
      if (!finiteSay(v)) {
        return false;
      }
      int from = sentenceStart(v);
      int end = sentenceEnd(v);
      if (v - 1 <= from || !g.word(v - 1).equals(",")) {
        return false;
      }
      Integer prior = g.child(v, "nsubj");
      if (prior != null && prior < v) {
        return false;
      }
      // the subject: a noun phrase after the verb, up to a comma or the end
      int head = -1;
      boolean of = false; // "Sen. Smith of Ohio": the head stays the person
      int t = v + 1;
      for (; t <= end && !isPunct(t); t++) {
        String p = g.pos(t);
        if (p.equals("IN")) {
          of = true;
        }
        if (isNominal(t)) {
          head = of ? head : t;
        } else if (!(p.equals("DT")
            || p.equals("JJ")
            || p.equals("CD")
            || p.equals("POS")
            || p.equals("PRP$")
            || p.equals("IN") && head >= 0)) {
          return false;
        }
      }
      if (head < 0 || quoteOf[head] >= 0 || t <= end && !g.word(t).equals(",") && t != end) {
        return false;
      }
      if (!hasVerb(from, v - 2)) {
        return false;
      }
      for (int i = from; i < v; i++) {
        if (quoteOf[i] >= 0 || isQuoteToken(i)) {
          return false; // quotations are attached by their own rules
        }
      }
      Draft d = new Draft("indirect-inverted");
      if (!addTokens(d, from, v - 2)) {
        return false;
      }
      return keep(d, v, head);
    }

    /**
     * "policies, which he said had harmed the economy", "a decision they say allowed …": a saying
     * verb inside a relative clause whose reported verb follows it directly. The content is the
     * relative pronoun (or the noun phrase it stands for) and the rest of the clause.
     */
    private boolean relativeSay(int v) {
      if (!finiteSay(v)) {
        return false;
      }
      Integer s = g.child(v, "nsubj");
      int end = sentenceEnd(v);
      int next = v + 1;
      if (next <= end && g.pos(next).equals("RB")) {
        next++;
      }
      if (s == null
          || s >= v
          || quoteOf[s] >= 0
          || next > end
          || quoteOf[next] >= 0
          || !(g.pos(next).equals("MD")
              || g.pos(next).equals("VBD")
              || g.pos(next).equals("VBZ")
              || g.pos(next).equals("VBP")
              || g.pos(next).equals("VBN") && g.lemma(next - 1).equals("say"))) {
        return false;
      }
      int from = sentenceStart(v);
      int subjectStart = g.extent(s, Math.max(from, s - 6), v - 1, e -> false, Set.of(v))[0];
      for (int t = subjectStart; t < v; t++) {
        if (g.pos(t).startsWith("VB") || isPunct(t)) {
          return false;
        }
      }
      int before = subjectStart - 1;
      if (before < from) {
        return false;
      }
      int lo;
      int hi = before;
      String w = g.lower(before);
      if (w.equals("which") || w.equals("that") || w.equals("who") || w.equals("what")) {
        lo = before;
      } else if (g.pos(before).startsWith("NN")) {
        lo = before;
        while (lo > from
            && before - lo < 6
            && (g.pos(lo - 1).startsWith("NN")
                || g.pos(lo - 1).equals("DT")
                || g.pos(lo - 1).equals("JJ")
                || g.pos(lo - 1).equals("POS")
                || g.pos(lo - 1).equals("PRP$"))) {
          lo--;
        }
      } else {
        return false;
      }
      int last = next;
      for (; last <= end; last++) {
        if (g.word(last).equals(";") || isQuoteToken(last)) {
          break;
        }
      }
      Draft d = new Draft("indirect-relative");
      addTokens(d, lo, hi);
      addTokens(d, next, last - 1);
      if (d.pieces.size() != 2) {
        return false;
      }
      return keep(d, v, s);
    }

    private boolean finiteSay(int v) {
      String p = g.pos(v);
      return ClaimLexicon.SAY_CUES.contains(g.lemma(v))
          && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))
          && quoteOf[v] < 0
          && g.child(v, "ccomp") == null;
    }

    private boolean hasVerb(int a, int b) {
      for (int t = a; t <= b; t++) {
        if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Appearances and expectations without a named holder ("the plan seems to work", "the deal
     * appears dead", "she is expected to win"): the content is the subject and the complement, the
     * source is left open.
     */
    private boolean raising(int v) {
      String lemma = g.lemma(v);
      boolean passive = g.child(v, "aux:pass") != null || g.child(v, "auxpass") != null;
      Integer subject;
      if (ClaimLexicon.RAISING_CUES.contains(lemma)) {
        subject = g.child(v, "nsubj");
      } else if (ClaimLexicon.PASSIVE_RAISING_CUES.contains(lemma) && passive) {
        subject = g.child(v, "nsubj:pass");
        if (subject == null) {
          subject = g.child(v, "nsubjpass");
        }
      } else {
        return false;
      }
      Integer comp = g.child(v, "xcomp");
      Integer clause = g.child(v, "ccomp");
      if (subject != null
          && comp == null
          && clause != null
          && clause > v
          && g.sentence(clause) == g.sentence(v)
          && (g.lower(subject).equals("it") || g.pos(subject).equals("EX"))) {
        // "it seems that …", "it is expected that …"
        Set<Integer> blocked = Set.of(v, subject);
        int[] ext = g.extent(clause, v + 1, sentenceEnd(v), e -> false, blocked);
        Draft d = new Draft("raising");
        if (!addTokens(d, ext[0], ext[1])) {
          return false;
        }
        d.cue = v;
        d.cueEnd = v;
        drafts.add(d);
        return true;
      }
      if (subject == null
          || comp == null
          || subject > v
          || comp < v
          || g.sentence(subject) != g.sentence(v)
          || g.sentence(comp) != g.sentence(v)
          || g.pos(subject).equals("EX")
          || g.lower(subject).equals("it")
          || ClaimLexicon.CLAUSE_CUES.contains(g.lemma(comp))
          || ClaimLexicon.ACT_CUES.contains(g.lemma(comp))) {
        return false; // "appeared to imply that …" is the holder's own claim
      }
      Set<Integer> blocked = new HashSet<>();
      blocked.add(v);
      int[] subj = g.extent(subject, sentenceStart(v), v - 1, e -> false, blocked);
      blocked.add(subject);
      int[] rest = g.extent(comp, v + 1, sentenceEnd(v), e -> false, blocked);
      Draft d = new Draft("raising");
      if (!addTokens(d, subj[0], subj[1]) || !addTokens(d, rest[0], rest[1])) {
        return false;
      }
      d.cue = v;
      d.cueEnd = v;
      drafts.add(d);
      return true;
    }

    /**
     * The content of "he said he would …" when the parse attached nothing to the verb: from after
     * the verb (and "that") to the first comma that opens a new clause, or the sentence end.
     */
    private int @Nullable [] positionalClause(int v) {
      for (Graph.Edge e : g.children(v)) {
        String r = e.relation();
        if (Graph.is(r, "obj") || Graph.is(r, "xcomp") || Graph.is(r, "ccomp")) {
          return null;
        }
      }
      int a = v + 1;
      int end = sentenceEnd(v);
      if (a <= end && g.lower(a).equals("that")) {
        a++;
      }
      if (a > end
          || quoteOf[a] >= 0
          || !(isNominal(a)
              || (g.pos(a).equals("PRP$") || g.pos(a).equals("EX"))
              || g.pos(a).equals("DT")
              || g.pos(a).equals("JJ")
              || g.pos(a).equals("CD"))) {
        return null;
      }
      boolean verb = false;
      int b = a;
      for (; b <= end; b++) {
        if (g.pos(b).startsWith("VB") || g.pos(b).equals("MD")) {
          verb = true;
        }
        if (g.word(b).equals(",")
            && b + 2 <= end
            && (isNominal(b + 1) || g.pos(b + 1).startsWith("VBG"))
            && (g.pos(b + 2).startsWith("VB")
                || g.pos(b + 1).startsWith("VBG")
                || g.pos(b + 2).equals("MD"))) {
          break;
        }
        if (g.word(b).equals(";")) {
          break;
        }
      }
      return verb ? new int[] {a, b - 1} : null;
    }

    /**
     * "told reporters he had kept his schedule", "said his book detailed how …" when the parse hung
     * the clause on the verb as parataxis or an unlabelled dependent rather than as its complement:
     * a verb after the cue, outside quotations, with its own subject after the cue.
     */
    private @Nullable Integer looseClause(int v) {
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        if (d > v
            && g.sentence(d) == g.sentence(v)
            && quoteOf[d] < 0
            && (Graph.is(e.relation(), "parataxis") || e.relation().equals("dep"))
            && g.pos(d).startsWith("VB")) {
          Integer s = g.child(d, "nsubj");
          if (s != null && s > v && s < d && quoteOf[s] < 0) {
            return d;
          }
        }
      }
      return null;
    }

    /**
     * "argued the United States should commit troops": content that stops at a noun phrase right
     * before a finite verb the parse hung elsewhere goes on to the end of that clause (the next
     * semicolon, or comma that opens a new clause, or the sentence end).
     */
    private int clauseGoesOn(int last, int v) {
      int end = sentenceEnd(v);
      int next = last + 1;
      if (next > end
          || quoteOf[next] >= 0
          || !isNominal(last)
          || !(g.pos(next).equals("MD")
              || g.pos(next).equals("VBZ")
              || g.pos(next).equals("VBD")
              || g.pos(next).equals("VBP"))) {
        return last;
      }
      int b = next;
      for (; b <= end; b++) {
        if (g.word(b).equals(";") || quoteOf[b] >= 0 && quoteOf[next] < 0) {
          break;
        }
        if (g.word(b).equals(",")
            && b + 2 <= end
            && (isNominal(b + 1) || g.pos(b + 1).startsWith("VBG"))
            && (g.pos(b + 2).startsWith("VB")
                || g.pos(b + 1).startsWith("VBG")
                || g.pos(b + 2).equals("MD"))) {
          break;
        }
      }
      return b - 1;
    }

    /**
     * "told a crowd in Ohio on Monday that …" when the parse hung the that-clause elsewhere: the
     * first "that" after the verb's objects (no other verb between) heading a clause with a
     * subject.
     */
    private @Nullable Integer misattachedThat(int v) {
      int end = sentenceEnd(v);
      for (int t = v + 1; t <= Math.min(end - 2, v + 15); t++) {
        if (quoteOf[t] >= 0 || g.word(t).equals(";")) {
          return null;
        }
        if (g.lower(t).equals("that")) {
          for (Graph.Edge up : g.parents(t)) {
            int h = up.governor();
            if (h > t
                && h <= end
                && (Graph.is(up.relation(), "mark") || up.relation().equals("dep"))
                && g.pos(h).startsWith("VB")
                && g.child(h, "nsubj") != null
                && g.child(h, "nsubj") > t) {
              return h;
            }
          }
          return null;
        }
        if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
          return null;
        }
      }
      return null;
    }

    /**
     * The content of "the plant closed last year, the company said Friday" when the parse hung the
     * verb elsewhere: a clause, a comma, a short noun phrase and the verb ending the sentence.
     */
    private int @Nullable [] trailingClause(int v) {
      if (g.pos(v).equals("VBG") || g.pos(v).equals("VBN")) {
        return null;
      }
      for (Graph.Edge e : g.children(v)) {
        String r = e.relation();
        if (Graph.is(r, "obj") || Graph.is(r, "xcomp") || Graph.is(r, "ccomp")) {
          return null;
        }
      }
      int from = sentenceStart(v);
      int end = sentenceEnd(v);
      int after = 0;
      for (int t = v + 1; t <= end; t++) {
        if (isPunct(t)) {
          continue;
        }
        if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD") || ++after > 4) {
          return null;
        }
      }
      int comma = v - 1;
      while (comma > from && !g.word(comma).equals(",")) {
        if (g.pos(comma).startsWith("VB")
            && !g.lemma(comma).equals("have")
            && !g.lemma(comma).equals("be")) {
          return null;
        }
        if (v - comma > 12 || quoteOf[comma] >= 0) {
          return null;
        }
        comma--;
      }
      if (comma <= from || comma == v - 1 || !isNominal(v - 1) && !g.pos(v - 1).equals("RB")) {
        return null;
      }
      if (quoteOf[from] >= 0 || isQuoteToken(from) || isQuoteToken(comma - 1)) {
        return null; // quotations are attached by their own rules
      }
      for (int t = from; t < comma && t <= from + 2; t++) {
        if (g.lemma(t).equals("ask") && g.pos(t).equals("VBN")) {
          return null; // "Asked whether …, he said": the question is not what he said
        }
      }
      boolean verb = false;
      for (int t = from; t < comma; t++) {
        if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
          verb = true;
        }
      }
      return verb ? new int[] {from, comma - 1} : null;
    }

    /** Headlines "Trump: Cruz Has to Come a Long Way": a short name, a colon, a statement. */
    private void headlineColon(int colon) {
      int from = sentenceStart(colon);
      int end = sentenceEnd(colon);
      if (colon - from < 1 || colon - from > 5 || end - colon < 3 || quoteOf[colon] >= 0) {
        return;
      }
      int head = -1;
      for (int t = from; t < colon; t++) {
        if (!(isNominal(t)
            || g.pos(t).equals("DT")
            || g.pos(t).equals("JJ")
            || g.pos(t).equals("POS"))) {
          return;
        }
        if (isNominal(t)) {
          head = t;
        }
      }
      if (head < 0) {
        return;
      }
      Draft d = new Draft("headline-colon");
      if (!addTokens(d, colon + 1, end)) {
        return;
      }
      d.cue = colon;
      d.cueEnd = colon;
      d.subject = head;
      d.surface = head;
      drafts.add(d);
      for (int q = 0; q < quotes.size(); q++) {
        if (quotes.get(q).span().overlaps(d.pieces.get(0))) {
          quoteUsed[q] = true;
        }
      }
    }

    /** The object content of a speech act: its dependents after it, less time and medium. */
    private int @Nullable [] objectExtent(int v, Set<Integer> blocked) {
      int min = Integer.MAX_VALUE;
      int max = -1;
      boolean hasObject = false;
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        String rel = e.relation();
        if (d <= v || g.sentence(d) != g.sentence(v) || blocked.contains(d)) {
          continue;
        }
        boolean content =
            Graph.is(rel, "obj")
                || Graph.is(rel, "iobj")
                || Graph.is(rel, "xcomp")
                || Graph.is(rel, "ccomp")
                || rel.equals("advcl:of")
                || rel.equals("advcl:for")
                || rel.equals("advcl:as") && g.child(v, "obj") != null
                || (Graph.is(rel, "obl") && !isCircumstance(d, rel));
        if (!content) {
          continue;
        }
        if (Graph.is(rel, "obj")
            || Graph.is(rel, "ccomp")
            // "traffic backed up for miles" backs nothing: to back is to back something
            || rel.startsWith("obl:for") && !g.lemma(v).equals("back")
            || rel.equals("obl:of")
            || rel.equals("obl:about")
            || rel.equals("obl:against")
            || rel.equals("obl:on") && g.lemma(v).equals("focus")
            || rel.equals("obl:with") && g.lemma(v).equals("side")
            || (rel.equals("obl:to") && ClaimLexicon.TO_CUES.contains(g.lemma(v)))
            || Graph.is(rel, "xcomp")
            || rel.startsWith("advcl")) {
          hasObject = true;
        }
        int[] ext = g.extent(d, v + 1, sentenceEnd(v), x -> false, blocked);
        min = Math.min(min, ext[0]);
        max = Math.max(max, ext[1]);
      }
      if (!hasObject || max < 0) {
        // "called on Haddar to surrender …": no object, but a clause the parse hung on the cue
        // right after it
        int last = cueEnd(v);
        for (Graph.Edge e : g.children(v)) {
          int d = e.dependent();
          if ((Graph.is(e.relation(), "advcl") || e.relation().equals("dep"))
              && !circumstantial(d)
              && d > last
              && g.sentence(d) == g.sentence(v)
              && !blocked.contains(d)) {
            int[] ext = g.extent(d, last + 1, sentenceEnd(v), x -> false, blocked);
            if (ext[0] == last + 1 && !isPunct(last + 1) && !g.pos(last + 1).equals("CC")) {
              return new int[] {ext[0], contiguous(v, ext[1], blocked)};
            }
          }
        }
      }
      if (!hasObject || max < 0) {
        return null;
      }
      return new int[] {min, contiguous(v, reducedRelative(v, max, blocked), blocked)};
    }

    /**
     * "described the push as nearly impossible to pull off", "suggested the Democrats instead
     * debate in …": what the parse hangs on the cue right after its object, with nothing between,
     * continues the object (a predicate or small clause the parse misread).
     */
    private int contiguous(int v, int max, Set<Integer> blocked) {
      if (inRelativeClause(v)) {
        return max; // "voters who prefer other candidates still care …": the clause ends there
      }
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Graph.Edge e : g.children(v)) {
          int d = e.dependent();
          String rel = e.relation();
          if (d <= max
              || g.sentence(d) != g.sentence(v)
              || blocked.contains(d)
              || rel.equals("punct")
              || rel.equals("cc")
              || rel.startsWith("conj")) {
            continue;
          }
          int[] ext = g.extent(d, max + 1, sentenceEnd(v), x -> false, blocked);
          if (ext[0] == max + 1 && !isPunct(max + 1) && !g.pos(max + 1).equals("CC")) {
            max = ext[1];
            grew = true;
          }
        }
      }
      return max;
    }

    private static final Set<String> CIRCUMSTANCE_MARKS =
        Set.of(
            "as",
            "when",
            "after",
            "before",
            "while",
            "since",
            "until",
            "once",
            "because",
            "although",
            "though",
            "whenever",
            "unless");

    /** A clause of time, cause or concession ("when she launched …", "as he said …"). */
    private boolean circumstantial(int clause) {
      for (Graph.Edge e : g.children(clause)) {
        if (Graph.is(e.relation(), "mark") && CIRCUMSTANCE_MARKS.contains(g.lower(e.dependent()))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "repeated the attacks they have been airing …", "discussed legislation he was introducing": a
     * relative clause without "that" right after the object, which the parse hangs on the cue as
     * {@code dep}, belongs to the object. Returns the content's new last token.
     */
    private int reducedRelative(int v, int max, Set<Integer> blocked) {
      for (Graph.Edge e : g.children(v)) {
        int d = e.dependent();
        String pos = g.pos(d);
        boolean finite =
            pos.equals("VBD")
                || pos.equals("VBZ")
                || pos.equals("VBP")
                || pos.startsWith("VB") && g.child(d, "aux") != null;
        if (!e.relation().equals("dep")
            || d <= max
            || g.sentence(d) != g.sentence(v)
            || !finite
            || g.child(d, "obj") != null) {
          continue;
        }
        Integer subject = g.child(d, "nsubj");
        if (subject == null
            || subject != max + 1
            || !(g.pos(subject).equals("PRP") || g.pos(subject).startsWith("NN"))
            || isCircumstance(subject, "nsubj")) {
          continue;
        }
        int[] ext = g.extent(d, max + 1, sentenceEnd(v), x -> false, blocked);
        if (ext[0] == max + 1) {
          return ext[1];
        }
      }
      return max;
    }

    private boolean isCircumstance(int d, String rel) {
      if (rel.equals("obl:tmod") || rel.equals("obl:npmod")) {
        return true;
      }
      String ner = g.ner(d);
      if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION")) {
        return true;
      }
      String lemma = g.lemma(d);
      return ClaimLexicon.MEDIUM_NOUNS.contains(lemma)
          || lemma.equals("monday")
          || lemma.equals("tuesday")
          || lemma.equals("wednesday")
          || lemma.equals("thursday")
          || lemma.equals("friday")
          || lemma.equals("saturday")
          || lemma.equals("sunday")
          || lemma.equals("week")
          || lemma.equals("day")
          || lemma.equals("night")
          || lemma.equals("morning")
          || lemma.equals("evening")
          || lemma.equals("afternoon")
          || lemma.equals("year")
          || lemma.equals("month");
    }

    /** Whether a token lies in a dateline that opens its sentence. */
    private boolean dateline(int t) {
      int dash = datelineDash(t);
      return dash >= 0 && t < dash;
    }

    /**
     * The dash that ends a dateline opening the sentence of token {@code t} ("WASHINGTON —",
     * "CASPER, Wyo. (AP) -"): a word in capitals first, then within a few tokens a dash, with no
     * verb between; -1 if the sentence has none.
     */
    private int datelineDash(int t) {
      int start = sentenceStart(t);
      if (!isCapitals(start)) {
        return -1;
      }
      int end = Math.min(sentenceEnd(t), start + 8);
      for (int i = start + 1; i <= end; i++) {
        if (isDash(i)) {
          return i;
        }
        if (g.pos(i).startsWith("VB") || g.pos(i).equals("MD")) {
          return -1;
        }
      }
      return -1;
    }

    private boolean isCapitals(int t) {
      String w = g.word(t);
      return w.length() >= 2
          && w.chars().anyMatch(Character::isLetter)
          && w.chars().noneMatch(Character::isLowerCase);
    }

    /** The subject after a dateline the parse took for the subject, if the parse has it. */
    private @Nullable Integer afterDateline(int place) {
      for (Graph.Edge e : g.children(place)) {
        int d = e.dependent();
        if ((e.relation().equals("dep") || Graph.is(e.relation(), "appos"))
            && d > place
            && (g.pos(d).startsWith("NN") || g.pos(d).equals("PRP"))
            && !dateline(d)) {
          return d;
        }
      }
      return null;
    }

    /** The subject of a cue verb, climbing from participles and infinitives that have none. */
    private @Nullable Integer subjectOf(int v) {
      int at = v;
      for (int hop = 0; hop < 3; hop++) {
        Integer s = null;
        for (Graph.Edge e : g.children(at)) {
          if (quoteOf[e.dependent()] >= 0 && quoteOf[e.dependent()] != quoteOf[v]) {
            continue; // a subject inside a quotation is a misparse of the quotation
          }
          if (isCircumstance(e.dependent(), e.relation()) && g.pos(at).equals("VBG")) {
            continue; // "issued a statement Tuesday saying …": a date is no speaker
          }
          if (e.relation().equals("nsubj") || e.relation().equals("nsubj:xsubj")) {
            s = e.dependent();
            if (e.relation().equals("nsubj")) {
              break;
            }
          }
        }
        if (s != null) {
          return dateline(s) ? afterDateline(s) : s;
        }
        Graph.Edge up = null;
        for (Graph.Edge e : g.parents(at)) {
          if (Graph.is(e.relation(), "advcl")
              || Graph.is(e.relation(), "xcomp")
              || Graph.is(e.relation(), "conj")) {
            up = e;
            break;
          }
        }
        if (up == null || up.governor() < 0) {
          break;
        }
        if (Graph.is(up.relation(), "advcl") && !g.pos(at).equals("VBG")) {
          break; // "…, as he said" keeps its own subject or none
        }
        at = up.governor();
      }
      if (g.pos(v).equals("VBG")) {
        // "the group backing the bill", "protesters holding signs": the noun the participle
        // modifies is its holder
        for (Graph.Edge e : g.parents(v)) {
          if (e.relation().equals("acl")
              && e.governor() >= 0
              && e.governor() < v
              && g.sentence(e.governor()) == g.sentence(v)
              && g.pos(e.governor()).startsWith("NN")
              && holder(e.governor())
              && quoteOf[e.governor()] < 0) {
            return e.governor();
          }
        }
      }
      if (!g.pos(v).equals("VBN")) {
        Integer s = participleHolder(v);
        if (s != null) {
          return s;
        }
      }
      Integer after = invertedSubject(v);
      if (after != null) {
        return after;
      }
      if (passive(v)) {
        return null; // "Sanders was named …": the noun before a passive verb is no speaker
      }
      Integer byPosition = subjectByPosition(v);
      if (byPosition == null && g.pos(v).equals("VBG")) {
        return clauseSubject(v);
      }
      return byPosition;
    }

    /**
     * "Cruz said, adding: “…”", "Obama remarked upon …, noting …", "Despite challenging the leader,
     * Cruz said …": a participle the parse hung nowhere useful is the act of the subject of the
     * clause it is set off from: the nearest subject before it outside quotations, or for a
     * participle that opens the sentence after a preposition, the first subject after it.
     */
    private @Nullable Integer clauseSubject(int v) {
      int start = sentenceStart(v);
      int end = sentenceEnd(v);
      boolean setOff = v - 1 >= start && (g.word(v - 1).equals(",") || g.word(v - 1).equals("—"));
      boolean opening = v - 1 == start && g.pos(start).equals("IN");
      if (setOff) {
        for (int t = v - 1; t >= start; t--) {
          if (subjectToken(t) && g.parent(t, "nsubj").governor() < v) {
            return t;
          }
        }
      } else if (opening) {
        for (int t = v + 1; t <= end; t++) {
          if (subjectToken(t)) {
            return t;
          }
        }
      }
      return null;
    }

    private boolean subjectToken(int t) {
      Graph.Edge e = g.parent(t, "nsubj");
      return e != null
          && e.relation().equals("nsubj")
          && e.governor() >= 0
          && quoteOf[t] < 0
          && quoteOf[e.governor()] < 0
          && !g.pos(t).equals("EX")
          && !g.pos(t).equals("WDT")
          && !g.pos(t).equals("WP")
          && !g.lower(t).equals("it")
          && !dateline(t);
    }

    /** Whether {@code v} is a passive verb ("was announced", "is expected"). */
    private boolean passive(int v) {
      if (g.child(v, "aux:pass") != null
          || g.child(v, "auxpass") != null
          || g.child(v, "nsubj:pass") != null
          || g.child(v, "nsubjpass") != null) {
        return true;
      }
      if (!g.pos(v).equals("VBN")) {
        return false;
      }
      int b = v - 1;
      while (b >= sentenceStart(v) && g.pos(b).equals("RB")) {
        b--;
      }
      return b >= sentenceStart(v) && g.lemma(b).equals("be");
    }

    /**
     * "“…,” said Pavone" / "…, says Gutin": a saying verb right after a comma or a closing
     * quotation mark, with a name or noun phrase right after it, is said by that phrase.
     */
    private @Nullable Integer invertedSubject(int v) {
      String p = g.pos(v);
      if (!ClaimLexicon.CLAUSE_CUES.contains(g.lemma(v))
          || !(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))
          || v == 0
          || v == sentenceStart(v) && !isQuoteToken(v - 1)
          || !(g.word(v - 1).equals(",") || isQuoteToken(v - 1))) {
        return null;
      }
      int end = sentenceEnd(v);
      int head = -1;
      boolean of = false;
      int t = v + 1;
      for (; t <= end && !isPunct(t); t++) {
        String q = g.pos(t);
        if (q.equals("IN")) {
          of = true;
        }
        if (isNominal(t) && quoteOf[t] < 0) {
          head = of ? head : t;
        } else if (!(q.equals("DT")
            || q.equals("JJ")
            || q.equals("CD")
            || q.equals("POS")
            || q.equals("PRP$")
            || q.equals("IN") && head >= 0)) {
          break;
        }
      }
      return head >= 0 && !g.lower(head).equals("it") ? head : null;
    }

    /**
     * The subject of the clause a participle hangs on ("Trump spoke on Monday, saying …", "she
     * released a statement saying …"), through any attachment but a relative clause.
     */
    private @Nullable Integer participleHolder(int v) {
      int at = v;
      for (int hop = 0; hop < 3; hop++) {
        Graph.Edge up = null;
        for (Graph.Edge e : g.parents(at)) {
          if (e.governor() >= 0
              && !e.relation().startsWith("acl:relcl")
              && !Graph.is(e.relation(), "ccomp")
              && g.sentence(e.governor()) == g.sentence(v)) {
            up = e;
            break;
          }
        }
        if (up == null) {
          return null;
        }
        at = up.governor();
        if (g.pos(at).startsWith("VB")) {
          Integer s = g.child(at, "nsubj");
          if (s != null && s < v && !g.pos(s).equals("EX") && !g.lower(s).equals("it")) {
            return dateline(s) ? afterDateline(s) : s;
          }
        }
      }
      return null;
    }

    /**
     * The subject when the parse has none (a mis-split sentence, a participle): the nearest noun or
     * pronoun before the verb, skipping adverbs, auxiliaries and parentheticals between commas or
     * dashes.
     */
    private @Nullable Integer subjectByPosition(int v) {
      int floor = sentenceStart(v);
      int b = v - 1;
      int parentheticals = 0;
      while (b >= floor) {
        String w = g.word(b);
        String p = g.pos(b);
        if (p.equals("RB")
            || p.equals("MD")
            || g.lemma(b).equals("have")
            || g.lemma(b).equals("be")
            || g.lemma(b).equals("do")
            || p.equals("TO")) {
          b--;
        } else if ((w.equals(",")
                || w.equals("-")
                || w.equals("--")
                || w.equals("—")
                || w.equals("–"))
            && parentheticals < 1) {
          int c = b - 1;
          while (c >= floor && c > b - 15 && !g.word(c).equals(w) && !g.word(c).equals(",")) {
            c--;
          }
          if (c < floor || c <= b - 15) {
            return null;
          }
          parentheticals++;
          b = c - 1;
        } else {
          break;
        }
      }
      if (b >= floor && quoteOf[b] < 0 && isNominal(b) && !g.lower(b).equals("it")) {
        return b;
      }
      return null;
    }

    /** The written subject: a relative pronoun between antecedent and verb, else the subject. */
    private int surfaceOf(int subject, int v) {
      for (Graph.Edge e : g.children(subject)) {
        if (e.relation().equals("ref") && e.dependent() > subject && e.dependent() < v) {
          Graph.Edge p = g.parent(subject, "nsubj");
          if (p != null && p.governor() == v) {
            return e.dependent();
          }
          // "Ryan, who was reluctant to endorse Trump": the cue lies in the relative clause
          for (Graph.Edge r : g.children(subject)) {
            if (r.relation().startsWith("acl:relcl")
                && r.dependent() > e.dependent()
                && r.dependent() < v) {
              int[] ext =
                  g.extent(r.dependent(), subject + 1, sentenceEnd(v), x -> false, Set.of());
              if (ext[1] >= v) {
                return e.dependent();
              }
            }
          }
        }
      }
      return subject;
    }

    private boolean hasParticle(int v, String particle) {
      for (Graph.Edge e : g.children(v)) {
        if (e.relation().equals("compound:prt") && g.lower(e.dependent()).equals(particle)) {
          return true;
        }
      }
      return false;
    }

    /** The last token of a cue: the verb plus "in a statement"-free particles ("called for"). */
    private int cueEnd(int v) {
      int end = v;
      for (Graph.Edge e : g.children(v)) {
        if (e.relation().equals("compound:prt") && e.dependent() == end + 1) {
          end = e.dependent();
        }
      }
      return end;
    }

    /**
     * "Trump's criticism of the deal", "her comments about the race": a possessor, a noun of stance
     * and the prepositional object it is about.
     */
    private void nounObject(int n) {
      Integer owner = g.child(n, "nmod:poss");
      if (owner == null || owner > n) {
        return;
      }
      Integer about = null;
      for (Graph.Edge e : g.children(n)) {
        String r = e.relation();
        if (e.dependent() > n
            && (r.equals("nmod:of")
                || r.equals("nmod:on")
                || r.equals("nmod:about")
                || r.equals("nmod:for")
                || r.equals("nmod:against")
                || r.equals("nmod:over"))) {
          about = e.dependent();
          break;
        }
      }
      if (about == null) {
        return;
      }
      Set<Integer> blocked = Set.of(n, owner);
      int[] ext = g.extent(about, n + 1, sentenceEnd(n), e -> false, blocked);
      int a = ext[0];
      if (g.pos(a).equals("IN")) {
        a++; // the preposition belongs to the cue
      }
      Draft d = new Draft("noun-object");
      if (!addTokens(d, a, ext[1])) {
        return;
      }
      d.cue = n;
      d.cueEnd = a - 1 > n ? a - 1 : n;
      d.subject = owner;
      d.surface = owner;
      drafts.add(d);
    }

    /**
     * "In a new poll, Clinton leads by four points": a poll or study introduced by "in" at the
     * start of the sentence is the source of the clause that follows.
     */
    private void inSource(int t) {
      int from = sentenceStart(t);
      if (t != from && !(t == from + 1 && isQuoteToken(from))) {
        return;
      }
      Graph.Edge c = g.parent(t, "case");
      if (c == null
          || c.governor() < 0
          || !ClaimLexicon.STUDY_NOUNS.contains(g.lemma(c.governor()))) {
        return;
      }
      int n = c.governor();
      int end = sentenceEnd(t);
      int comma = n + 1;
      while (comma < end && !g.word(comma).equals(",") && comma - n < 25) {
        comma++;
      }
      if (comma >= end || !g.word(comma).equals(",")) {
        return;
      }
      for (int i = comma + 1; i <= end; i++) {
        if (g.pos(i).startsWith("VB")
            && (ClaimLexicon.CLAUSE_CUES.contains(g.lemma(i))
                || ClaimLexicon.ACT_CUES.contains(g.lemma(i)))) {
          return; // "In a statement, the campaign said …": the verb is the cue
        }
      }
      Draft d = new Draft("in-source");
      if (!addTokens(d, comma + 1, end)) {
        return;
      }
      d.cue = t;
      d.cueEnd = t;
      d.subject = n;
      d.surface = n;
      drafts.add(d);
    }

    private void nounCue(int n) {
      Integer clause = null;
      for (Graph.Edge e : g.children(n)) {
        if ((Graph.is(e.relation(), "ccomp") || Graph.is(e.relation(), "acl"))
            && e.dependent() > n
            && !e.relation().equals("acl:relcl")) {
          Integer mark = g.child(e.dependent(), "mark");
          if (mark != null && g.lower(mark).equals("that") && mark > n) {
            clause = e.dependent();
            break;
          }
        }
      }
      if (clause == null) {
        return;
      }
      Set<Integer> blocked = Set.of(n);
      int[] ext = g.extent(clause, n + 1, sentenceEnd(n), e -> false, blocked);
      Draft d = new Draft("noun-cue");
      if (!addTokens(d, ext[0], ext[1])) {
        return;
      }
      d.cue = n;
      d.cueEnd = n;
      Integer subject = g.child(n, "nmod:poss");
      if (subject == null) {
        subject = g.child(n, "nmod:by");
      }
      if (subject == null) {
        subject = g.child(n, "nmod:from");
      }
      if (subject == null) {
        // "X issued a statement that …", "X made the claim that …"
        Graph.Edge obj = g.parent(n, "obj");
        if (obj != null && obj.governor() >= 0) {
          subject = subjectOf(obj.governor());
        }
      }
      d.subject = subject;
      d.surface = subject;
      drafts.add(d);
    }

    private void accordingTo(int t) {
      // the noun phrase whose case marker is "according"
      Integer np = null;
      Graph.Edge attach = null;
      for (Graph.Edge p : g.parents(t)) {
        if (p.relation().equals("case") && p.governor() >= 0) {
          np = p.governor();
          for (Graph.Edge e : g.parents(np)) {
            if (e.relation().endsWith(":according_to")) {
              attach = e;
            }
          }
        }
      }
      if (np == null || attach == null || attach.governor() < 0) {
        accordingToUnparsed(t);
        return;
      }
      int gov = attach.governor();
      int[] source = g.extent(np, t + 2, sentenceEnd(t), e -> false, Set.of());
      Set<Integer> blocked = new HashSet<>();
      for (int i = t; i <= source[1]; i++) {
        blocked.add(i);
      }
      int[] ext = g.extent(gov, sentenceStart(t), sentenceEnd(t), e -> false, blocked);
      Draft d = new Draft("according-to");
      d.cue = t;
      d.cueEnd = t + 1;
      d.subject = np;
      d.surface = np;
      addAround(d, ext[0], ext[1], t, source[1]);
      if (!d.pieces.isEmpty()) {
        drafts.add(d);
      }
    }

    /** "according to X" where the parse is missing: X runs to the next comma or the end. */
    private void accordingToUnparsed(int t) {
      int end = t + 2;
      int last = sentenceEnd(t);
      while (end <= last && !isPunct(end)) {
        end++;
      }
      if (end == t + 2) {
        return;
      }
      int np = end - 1;
      for (int i = t + 2; i < end; i++) {
        if (g.pos(i).startsWith("NN")) {
          np = i; // the last noun
        }
      }
      Draft d = new Draft("according-to");
      d.cue = t;
      d.cueEnd = t + 1;
      d.subject = np;
      d.surface = np;
      addAround(d, sentenceStart(t), last, t, end - 1);
      if (!d.pieces.isEmpty()) {
        drafts.add(d);
      }
    }

    /** Adds [lo, hi] minus the hole [holeLo, holeHi] as one or two pieces. */
    private void addAround(Draft d, int lo, int hi, int holeLo, int holeHi) {
      if (lo < holeLo) {
        addTokens(d, lo, holeLo - 1);
      }
      if (holeHi < hi) {
        addTokens(d, holeHi + 1, hi);
      }
    }

    // ------------------------------------------------------------------ quotations

    /** Claims whose content starts with a quotation quote it: the quotation is the content. */
    private void attachQuotes() {
      for (Draft d : drafts) {
        if (d.pieces.isEmpty() || d.rule.equals("according-to")) {
          continue;
        }
        Span content = new Span(d.start(), d.end());
        for (int q = 0; q < quotes.size(); q++) {
          Quote quote = quotes.get(q);
          if (!quote.span().overlaps(content)) {
            continue;
          }
          if (d.cue >= 0 && quote.inner().contains(g.token(d.cue).span())) {
            continue; // the cue is inside this quotation
          }
          boolean starts = quote.span().start() <= content.start() + 1;
          int overlap =
              Math.min(quote.span().end(), content.end())
                  - Math.max(quote.span().start(), content.start());
          if (starts
              || 2 * overlap >= content.length() + 1
                  && quote.span().start() < content.start() + 4) {
            d.pieces.clear();
            d.pieces.add(quote.span());
            d.direct = true;
            d.rule = d.rule.equals("indirect-ccomp") ? "quote-ccomp" : d.rule;
            d.lastQuote = q;
            d.lastQuoteOpen = !quote.closed();
          }
          quoteUsed[q] = true;
          if (d.direct) {
            break;
          }
        }
      }
    }

    private void unattachedQuotes() {
      for (int q = 0; q < quotes.size(); q++) {
        if (quoteUsed[q]) {
          continue;
        }
        Quote quote = quotes.get(q);
        if (colonBefore(q)) {
          continue;
        }
        if (title(quote)) {
          continue; // "“The Apprentice,” the show he hosted": a name, not speech
        }
        Draft d = cueAfter(q);
        if (d == null) {
          d = cueBefore(q);
          Draft same = d == null ? null : sameCue(d.cue);
          if (same != null && same.direct && same.end() <= quote.span().start()) {
            // "“First,” she told reporters, “…”": the second half of the same quotation
            same.pieces.add(quote.span());
            same.lastQuote = q;
            same.lastQuoteOpen = !quote.closed();
            quoteUsed[q] = true;
            continue;
          }
        }
        if (d == null) {
          Draft prev = previousDirect(quote);
          if (prev != null && continues(prev, quote)) {
            prev.pieces.add(quote.span());
            prev.lastQuote = q;
            prev.lastQuoteOpen = !quote.closed();
            quoteUsed[q] = true;
            continue;
          }
          if (wholeSentence(quote)) {
            d = new Draft("quote-no-speaker");
            Draft before = previousClaim(quote, prev);
            if (before != null
                && before.subject != null
                && paragraph(quote.span().start()) - paragraph(before.end()) <= 1) {
              // journalistic convention: an uncued quotation right after a quoted speaker is theirs
              d = new Draft("quote-continued");
              d.continued = before;
            }
          } else {
            continue;
          }
        }
        d.pieces.add(quote.span());
        d.direct = true;
        d.lastQuote = q;
        d.lastQuoteOpen = !quote.closed();
        quoteUsed[q] = true;
        drafts.add(d);
      }
    }

    /**
     * "He put it this way: “…”": a quotation introduced by a colon continues the claim whose cue is
     * in the colon's sentence, or is a claim of that sentence's subject with the colon as cue.
     */
    private boolean colonBefore(int q) {
      Quote quote = quotes.get(q);
      int colon = lastTokenBefore(quote.span().start());
      if (colon < 0 || !g.word(colon).equals(":") || quoteOf[colon] >= 0) {
        return false;
      }
      int from = sentenceStart(colon);
      Draft last = null;
      for (Draft d : drafts) {
        if (d.cue >= from && d.cue < colon && (last == null || d.cue > last.cue)) {
          last = d;
        }
      }
      if (last != null && !last.pieces.isEmpty() && last.end() <= quote.span().start()) {
        last.pieces.add(quote.span());
        last.direct = true;
        last.lastQuote = q;
        last.lastQuoteOpen = !quote.closed();
        quoteUsed[q] = true;
        return true;
      }
      Integer subject = null;
      for (int t = from; t < colon; t++) {
        for (Graph.Edge e : g.parents(t)) {
          if (e.relation().equals("root")) {
            subject = subjectOf(t);
          }
        }
      }
      if (subject == null || subject > colon) {
        subject = subjectByPosition(colon);
      }
      if (subject == null) {
        return false;
      }
      Draft d = new Draft("quote-colon");
      d.cue = colon;
      d.cueEnd = colon;
      d.subject = subject;
      d.surface = surfaceOf(subject, colon);
      d.pieces.add(quote.span());
      d.direct = true;
      d.lastQuote = q;
      d.lastQuoteOpen = !quote.closed();
      quoteUsed[q] = true;
      drafts.add(d);
      return true;
    }

    private int paragraph(int offset) {
      int lo = 0;
      int hi = paragraphs.size() - 1;
      int found = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraphs.get(mid)[0] <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    /** "“…,” he said" / "“…,” said the minister": a cue verb within a few tokens after. */
    private @Nullable Draft cueAfter(int q) {
      Quote quote = quotes.get(q);
      int t = firstTokenAtOrAfter(quote.span().end());
      if (t < 0) {
        return null;
      }
      int lastInQuote = firstTokenAtOrAfter(quote.inner().end() - 1);
      if (lastInQuote >= 0
          && g.sentence(t) != g.sentence(lastInQuote)
          && !sentenceEndsWith(lastInQuote, ",")) {
        // the quotation ended its sentence ("… over.” He said …" is a new statement)
        if (!quote.closed() || endsSentence(quote) && !exclaimedCue(quote, t)) {
          return null;
        }
      }
      String inner = text.substring(quote.inner().start(), quote.inner().end());
      boolean openEnded =
          inner.endsWith(",")
              || inner.endsWith("?")
              || inner.endsWith("!")
              || inner.endsWith("—")
              || (quote.span().end() < text.length() && text.charAt(quote.span().end()) == ',');
      int window = 7;
      for (int i = t; i < g.size() && i < t + window; i++) {
        if (quoteOf[i] >= 0 || (i > t && (g.word(i).equals(".") || g.word(i).equals(";")))) {
          break;
        }
        if (g.word(i).equals(",") && i > t && window == 7) {
          // "“…,” Trump, the party's nominee, said": an apposition between name and verb
          int close = apposition(i);
          if (close > i) {
            window += close - i;
            i = close;
            continue;
          }
        }
        String lemma = g.lemma(i);
        boolean aux =
            lemma.equals("be")
                || lemma.equals("have")
                || lemma.equals("do")
                || g.pos(i).equals("MD");
        if (g.pos(i).startsWith("VB")
            && (ClaimLexicon.CLAUSE_CUES.contains(lemma) || (openEnded && !aux && i < t + 4))) {
          Draft d = new Draft("quote-cue-after");
          d.cue = i;
          d.cueEnd = cueEnd(i);
          Integer s = g.parsed(i) ? subjectOf(i) : null;
          if (s == null || s < t - 1) {
            s = nounPhraseNear(i, t);
          }
          d.subject = s;
          d.surface = s;
          return d;
        }
      }
      return null;
    }

    /**
     * "“Blink twice if you're in trouble!” one person tweeted.": a question or exclamation the
     * splitter closed, followed in the same paragraph by a short cue clause (a noun phrase and a
     * verb of saying, ending the sentence).
     */
    private boolean exclaimedCue(Quote quote, int t) {
      String inner = text.substring(quote.inner().start(), quote.inner().end());
      if (!(inner.endsWith("?") || inner.endsWith("!"))
          || paragraph(quote.span().end()) != paragraph(g.token(t).span().start())) {
        return false;
      }
      int end = sentenceEnd(t);
      if (end - t > 8) {
        return false;
      }
      for (int i = t; i <= end; i++) {
        if (quoteOf[i] >= 0) {
          return false;
        }
        if (g.pos(i).startsWith("VB")) {
          return i > t && i <= t + 4 && ClaimLexicon.SAY_CUES.contains(g.lemma(i))
              || i > t && i <= t + 4 && QUOTE_VERBS.contains(g.lemma(i));
        }
      }
      return false;
    }

    /** Verbs that report a quoted utterance beyond the verbs of saying. */
    private static final Set<String> QUOTE_VERBS =
        Set.of(
            "tweet", "write", "ask", "shout", "yell", "chant", "cry", "reply", "respond", "answer",
            "exclaim", "joke", "quip", "retort", "scream", "post", "wonder");

    /**
     * The closing comma of an apposition opened by the comma at {@code open} ("Trump, the party's
     * nominee, said"): the next comma within 12 tokens, with no verb before it; or -1.
     */
    private int apposition(int open) {
      int end = sentenceEnd(open);
      for (int i = open + 1; i <= end && i <= open + 12; i++) {
        if (quoteOf[i] >= 0 || g.pos(i).startsWith("VB") || g.pos(i).equals("MD")) {
          return -1;
        }
        if (g.word(i).equals(",")) {
          return i > open + 1 ? i : -1;
        }
      }
      return -1;
    }

    /** "He said: “…”" / "He told reporters, “…”": a cue verb just before the quotation. */
    private @Nullable Draft cueBefore(int q) {
      Quote quote = quotes.get(q);
      int t = lastTokenBefore(quote.span().start());
      if (t < 0) {
        return null;
      }
      String w = g.word(t);
      boolean colon = w.equals(":");
      if (!colon && !w.equals(",") && !(g.pos(t).startsWith("VB"))) {
        return null;
      }
      if (g.sentence(t) != g.sentence(firstTokenAtOrAfter(quote.inner().start())) && !colon) {
        return null;
      }
      int from = sentenceStart(t);
      for (int i = t; i >= from && i > t - 8; i--) {
        if (quoteOf[i] >= 0) {
          break;
        }
        if (g.pos(i).startsWith("VB") && ClaimLexicon.CLAUSE_CUES.contains(g.lemma(i))) {
          if (hasContent(i)) {
            return null; // "he said the attack was over: “…”"
          }
          Draft d = new Draft("quote-cue-before");
          d.cue = i;
          d.cueEnd = cueEnd(i);
          Integer s = g.parsed(i) ? subjectOf(i) : null;
          if (s == null) {
            s = nounPhraseNear(i, from);
          }
          d.subject = s;
          d.surface = s == null ? null : surfaceOf(s, i);
          return d;
        }
      }
      return null;
    }

    private @Nullable Draft sameCue(int v) {
      for (Draft d : drafts) {
        if (d.cue == v) {
          return d;
        }
      }
      return null;
    }

    /**
     * A short quotation in title case or without words ("“Morning Joe,”", "“@realDonaldTrump”",
     * "“2016-06-29”") names a show, a book or an account; it is no quoted speech.
     */
    private boolean title(Quote quote) {
      String inner = text.substring(quote.inner().start(), quote.inner().end()).strip();
      String[] words = inner.split("\\s+");
      if (words.length > 6) {
        return false;
      }
      int capital = 0;
      int lettered = 0;
      for (String w : words) {
        String core = w.replaceAll("^[^\\p{L}\\p{N}@#]+|[^\\p{L}\\p{N}]+$", "");
        if (core.isEmpty()) {
          continue;
        }
        if (core.startsWith("@") || core.startsWith("#") || !core.matches(".*\\p{L}.*")) {
          continue;
        }
        lettered++;
        if (Character.isUpperCase(core.codePointAt(0)) || SMALL_WORDS.contains(core)) {
          capital++;
        }
      }
      if (lettered == 0) {
        return true;
      }
      return lettered >= 2 && capital == lettered && !inner.matches("(?s).*[.!?][\"”’']*$");
    }

    private static final Set<String> SMALL_WORDS =
        Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by");

    private boolean hasContent(int v) {
      for (Draft d : drafts) {
        if (d.cue == v && !d.pieces.isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** A subject by position when the parse gives none: a pronoun or name next to the verb. */
    private @Nullable Integer nounPhraseNear(int v, int floor) {
      // "he said" / "Smith said": before the verb
      int b = v - 1;
      while (b >= floor
          && (g.pos(b).equals("RB")
              || g.pos(b).equals("MD")
              || g.lemma(b).equals("have")
              || g.lemma(b).equals("be"))) {
        b--;
      }
      if (b >= floor && b >= 0 && quoteOf[b] < 0 && isNominal(b)) {
        return b;
      }
      // "said Smith" / "said the minister": after the verb, the last noun of the phrase
      int a = v + 1;
      int head = -1;
      while (a < g.size() && g.sentence(a) == g.sentence(v) && quoteOf[a] < 0 && !isPunct(a)) {
        if (isNominal(a)) {
          head = a;
        } else if (head >= 0) {
          break;
        }
        a++;
      }
      return head >= 0 ? head : null;
    }

    private boolean isNominal(int i) {
      String p = g.pos(i);
      return p.startsWith("NN") || p.equals("PRP");
    }

    /**
     * The claim that ends last before {@code quote} when it is a statement of a named speaker
     * (direct or reported: "Belkadi said the bridge would hold. “We will not leave.”"), else {@code
     * direct}, the last direct claim.
     */
    private @Nullable Draft previousClaim(Quote quote, @Nullable Draft direct) {
      Draft best = direct;
      for (Draft d : drafts) {
        if (!d.pieces.isEmpty()
            && d.subject != null
            && d.end() <= quote.span().start()
            && (best == null || d.end() > best.end())
            && !d.rule.startsWith("attitude-")
            && !d.rule.equals("speech-act-object")) {
          best = d;
        }
      }
      return best;
    }

    private @Nullable Draft previousDirect(Quote quote) {
      Draft best = null;
      for (Draft d : drafts) {
        if (d.direct && d.end() <= quote.span().start() && (best == null || d.end() > best.end())) {
          best = d;
        }
      }
      return best;
    }

    /** Whether a quotation continues a direct claim: only punctuation and its cue in between. */
    private boolean continues(Draft prev, Quote quote) {
      int from = prev.end();
      if (prev.cueEnd >= 0) {
        from = Math.max(from, g.token(prev.cueEnd).span().end());
        if (prev.subject != null) {
          from = Math.max(from, speakerSpan(prev.subject).end());
        }
      }
      if (from > quote.span().start()) {
        return false;
      }
      String gap = text.substring(from, quote.span().start());
      boolean paragraphBreak = gap.contains("\n\n") || gap.matches("(?s).*\\n\\s*\\n.*");
      if (paragraphBreak) {
        return prev.lastQuoteOpen;
      }
      if (gap.strip().matches("[,.;:—–\\-]*")) {
        return true;
      }
      if (splitByCue(prev, quote) || resumes(prev, quote, gap)) {
        return true;
      }
      // "“…,” he told reporters, “…”": the rest of the cue clause, with no verb or sentence end
      if (gap.length() > 60) {
        return false;
      }
      for (int t = firstTokenAtOrAfter(from); t >= 0 && t < g.size(); t++) {
        if (g.token(t).span().start() >= quote.span().start()) {
          return true;
        }
        String w = g.word(t);
        if (g.pos(t).startsWith("VB")
            || w.equals(".")
            || w.equals("?")
            || w.equals("!")
            || quoteOf[t] >= 0) {
          return false;
        }
      }
      return false;
    }

    /**
     * "“…,” Thiel wrote in a statement explaining why he …, “but most …”": a quotation that stopped
     * at a comma and resumes in lower case after the cue clause, within the sentence, is one
     * quotation whatever the clause holds.
     */
    private boolean resumes(Draft prev, Quote quote, String gap) {
      if (prev.lastQuote < 0 || prev.lastQuoteOpen || gap.length() > 250) {
        return false;
      }
      String before =
          text.substring(
                  quotes.get(prev.lastQuote).inner().start(),
                  quotes.get(prev.lastQuote).inner().end())
              .strip();
      String after = text.substring(quote.inner().start(), quote.inner().end()).strip();
      if (!before.endsWith(",") || after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
        return false;
      }
      String between = gap.strip();
      return between.endsWith(",")
          && between.indexOf('\n') < 0
          && !SENTENCE_END.matcher(between).find()
          && !THAT.matcher(between).find() // "…, adding that if …, “…”": another clause's
          && between.chars().noneMatch(c -> "\"“”‘’«»".indexOf(c) >= 0);
    }

    /**
     * "“…,” said X, the senator who …. “…”": a quotation that opens the sentence right after a
     * sentence made of a quotation and its cue clause continues that quotation, whatever the cue
     * clause holds (appositions, relative clauses).
     */
    private boolean splitByCue(Draft prev, Quote quote) {
      if (prev.cue < 0 || prev.lastQuote < 0 || prev.lastQuoteOpen) {
        return false;
      }
      int first = firstTokenAtOrAfter(quote.inner().start());
      int cueSentence = g.sentence(prev.cue);
      if (first < 0
          || g.sentence(first) != cueSentence + 1
          || g.token(sentenceStart(first)).span().start() < quote.span().start() - 1) {
        return false;
      }
      Quote before = quotes.get(prev.lastQuote);
      int opened = firstTokenAtOrAfter(before.inner().start());
      if (opened < 0
          || g.sentence(opened) != cueSentence
          || g.token(sentenceStart(opened)).span().start() < before.span().start() - 1
          || prev.cue < opened) {
        return false;
      }
      // nothing but the cue clause between the quotations: no further quotation
      for (int t = prev.cue; t <= sentenceEnd(prev.cue); t++) {
        if (quoteOf[t] >= 0) {
          return false;
        }
      }
      return true;
    }

    private boolean wholeSentence(Quote quote) {
      int first = firstTokenAtOrAfter(quote.inner().start());
      if (first < 0) {
        return false;
      }
      int start = g.token(sentenceStart(first)).span().start();
      int words = 0;
      for (int i = first; i < g.size() && quoteOf[i] == quoteOf[first]; i++) {
        if (!isPunct(i)) {
          words++;
        }
      }
      return start >= quote.span().start() && words >= 4;
    }

    private boolean endsSentence(Quote quote) {
      String inner = text.substring(quote.inner().start(), quote.inner().end());
      return inner.endsWith(".") || inner.endsWith("?") || inner.endsWith("!");
    }

    private boolean sentenceEndsWith(int t, String punct) {
      return g.word(sentenceEnd(t)).equals(punct);
    }

    // ------------------------------------------------------------------ speakers and output

    private List<ClaimMention> finish() {
      drafts.removeIf(d -> d.pieces.isEmpty());
      dropReportedInside();
      drafts.sort(
          Comparator.comparingInt(
                  (Draft d) ->
                      Math.min(d.start(), d.cue >= 0 ? g.token(d.cue).span().start() : d.start()))
              .thenComparingInt(d -> d.cue));
      List<ClaimMention> out = new ArrayList<>();
      Set<List<Span>> seen = new HashSet<>();
      List<Speaker> named = new ArrayList<>();
      List<Integer> namedAt = new ArrayList<>();
      for (Draft d : drafts) {
        List<Span> pieces = closeQuote(finishQuote(d, normalize(d.pieces)));
        if (pieces.isEmpty() || !seen.add(pieces)) {
          continue;
        }
        Speaker speaker = d.subject == null ? null : speaker(d, named);
        if (d.continued != null) {
          Speaker from = d.continued.speaker;
          speaker =
              from == null
                  ? null
                  : new Speaker(
                      from.name(),
                      from.span(),
                      from.entity(),
                      "continued-quote",
                      from.onBehalfOf(),
                      from.onBehalfOfEntity());
        }
        d.speaker = speaker;
        if (speaker != null && speaker.basis().equals("named")) {
          named.add(speaker);
          namedAt.add(speaker.span().start());
        }
        Span first = pieces.get(0);
        Span last = pieces.get(pieces.size() - 1);
        Span cueSpan = null;
        String cue = null;
        if (d.cue >= 0) {
          int cs = g.token(d.cue).span().start();
          int ce = g.token(Math.max(d.cue, d.cueEnd)).span().end();
          cueSpan = new Span(cs, ce);
          cue = text.substring(cs, ce);
        }
        if (d.cue >= 0 && noComment(d.cue)) {
          d.rule = "no-comment"; // a refusal to speak: kept, named so it can be told apart
        }
        List<String> hedges = hedges(d, pieces);
        Modality modality = modality(d, hedges);
        out.add(
            new ClaimMention(
                new Provenance(
                    annotated.document(), new Span(first.start(), last.end()), d.rule, VERSION),
                d.direct ? ClaimKind.DIRECT : ClaimKind.INDIRECT,
                pieces,
                speaker,
                cue,
                cueSpan,
                hedges,
                modality,
                via(d, speaker),
                about(pieces)));
      }
      out.sort(Comparator.comparing(ClaimMention::span));
      return List.copyOf(out);
    }

    /**
     * A claim whose cue lies in another claim's content is part of what that claim reports ("Ryan
     * said he was not ready to support Trump": the support is Ryan's statement, not a claim of its
     * own) and is dropped, except: "according to" keeps its own claim; an outlet's report of a
     * speaker keeps both (the attribution chain); a participle of saying with the same subject
     * ("issued a statement saying …") stays and the outer claim goes.
     */
    private void dropReportedInside() {
      Set<Draft> drop = new HashSet<>();
      for (Draft d : drafts) {
        if (d.cue < 0 || d.rule.equals("according-to") || relative(d.cue)) {
          continue;
        }
        Span cue = g.token(d.cue).span();
        for (Draft o : drafts) {
          if (o == d
              || !containsAny(o.pieces, cue)
              || o.cue >= 0 && containsAny(d.pieces, g.token(o.cue).span())) {
            continue;
          }
          if (o.subject != null
              && o.subject.equals(d.subject)
              && g.pos(d.cue).equals("VBG")
              && ClaimLexicon.SAY_CUES.contains(g.lemma(d.cue))
              && !o.rule.startsWith("indirect")
              && !o.rule.startsWith("quote")) {
            drop.add(o);
          } else if (sibling(o, d)) {
            continue; // o now ends before d's cue
          } else if (outlet(o.subject) == null) {
            drop.add(d);
          }
        }
      }
      drafts.removeAll(drop);
    }

    /**
     * "They called him an opportunist and urged him to resign", "Bush attacked Trump, calling him a
     * loser": a second cue of the same subject, after "and", "but" or a comma, is a second act, not
     * part of what the first reports, when the parse swallowed it into the first's content. The
     * first claim then ends before it (and both stay). Returns whether {@code outer} was cut.
     */
    private boolean sibling(Draft outer, Draft inner) {
      int v = inner.cue;
      String p = g.pos(v);
      if (outer.direct
          || outer.cue < 0
          || v <= outer.cue
          || outer.subject == null
          || !outer.subject.equals(inner.subject)
          || !(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("VBG"))) {
        return false;
      }
      int sep = v - 1;
      while (sep > outer.cue && (g.pos(sep).equals("RB") || g.lemma(sep).equals("have"))) {
        sep--;
      }
      String w = g.lower(sep);
      boolean ok =
          p.equals("VBG")
              ? w.equals(",")
              : w.equals("and") || w.equals("but") || w.equals(",") || w.equals(";");
      if (!ok || sep <= outer.cue) {
        return false;
      }
      if (w.equals("and") || w.equals("but")) {
        if (sep - 1 > outer.cue && g.word(sep - 1).equals(",")) {
          sep--;
        }
      }
      int cut = g.token(sep).span().start();
      int last = sep - 1;
      while (last > outer.cue && isPunct(last) && !isQuoteToken(last)) {
        last--;
      }
      if (last <= outer.cue) {
        return false;
      }
      int lastEnd = g.token(last).span().end();
      List<Span> kept = new ArrayList<>();
      for (Span piece : outer.pieces) {
        if (piece.end() <= cut) {
          kept.add(piece);
        } else if (piece.start() < lastEnd) {
          kept.add(new Span(piece.start(), Math.min(piece.end(), lastEnd)));
        }
      }
      if (kept.isEmpty()) {
        return false;
      }
      outer.pieces.clear();
      outer.pieces.addAll(kept);
      return true;
    }

    /** Whether a verb heads a relative clause whose subject is the relative pronoun. */
    private boolean inRelativeClause(int v) {
      Integer s = g.child(v, "nsubj");
      return s != null && (g.pos(s).equals("WP") || g.pos(s).equals("WDT"));
    }

    /** Whether a saying cue heads a relative clause ("Bush and Christie, who say …"). */
    private boolean relative(int v) {
      if (!ClaimLexicon.SAY_CUES.contains(g.lemma(v))) {
        return false;
      }
      for (Graph.Edge e : g.parents(v)) {
        if (e.relation().startsWith("acl:relcl")) {
          return true;
        }
      }
      return false;
    }

    private static boolean containsAny(List<Span> pieces, Span s) {
      for (Span p : pieces) {
        if (p.contains(s)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Content that opens a quotation and stops just before its closing mark ("has “always run a
     * lean campaign.”") takes the final punctuation and the closing mark with it.
     */
    /**
     * "offered himself as a “law and order” candidate", "should set up a “…”": reported content the
     * parse cut inside a quotation it opens runs to the end of that quotation.
     */
    private List<Span> finishQuote(Draft d, List<Span> pieces) {
      if (d.direct || pieces.isEmpty()) {
        return pieces;
      }
      Span last = pieces.get(pieces.size() - 1);
      for (Quote q : quotes) {
        Span qs = q.span();
        if (q.closed()
            && qs.start() >= last.start()
            && qs.start() < last.end()
            && qs.end() > last.end()
            && qs.end() - last.end() <= 300) {
          List<Span> out = new ArrayList<>(pieces.subList(0, pieces.size() - 1));
          out.add(new Span(last.start(), qs.end()));
          return out;
        }
      }
      return pieces;
    }

    private List<Span> closeQuote(List<Span> pieces) {
      if (pieces.isEmpty()) {
        return pieces;
      }
      Span last = pieces.get(pieces.size() - 1);
      StringBuilder all = new StringBuilder();
      for (Span p : pieces) {
        all.append(text, p.start(), p.end()).append(' ');
      }
      String content = all.toString();
      String close = null;
      if (count(content, "“") > count(content, "”")) {
        close = "”";
      } else if (count(content, "''") % 2 == 1) {
        close = "''";
      } else if (count(content, "\"") % 2 == 1) {
        close = "\"";
      } else if (count(content, "‘") > count(content, "’")) {
        close = "’";
      }
      if (close == null) {
        return pieces;
      }
      int at = last.end();
      if (at < text.length() && ".,?!".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (!text.startsWith(close, at)) {
        return pieces;
      }
      List<Span> out = new ArrayList<>(pieces.subList(0, pieces.size() - 1));
      out.add(new Span(last.start(), at + close.length()));
      return out;
    }

    private static int count(String s, String what) {
      int n = 0;
      for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
        n++;
      }
      return n;
    }

    private List<Span> normalize(List<Span> pieces) {
      TreeSet<Span> sorted = new TreeSet<>(pieces);
      List<Span> out = new ArrayList<>();
      for (Span s : sorted) {
        if (s.length() == 0) {
          continue;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
          Span prev = out.remove(out.size() - 1);
          out.add(new Span(prev.start(), Math.max(prev.end(), s.end())));
        } else {
          out.add(s);
        }
      }
      return out;
    }

    private @Nullable Speaker speaker(Draft d, List<Speaker> named) {
      int head = Objects.requireNonNull(d.subject);
      int surface = d.surface == null ? head : d.surface;
      if (quoteOf[head] >= 0 && d.cue >= 0 && quoteOf[d.cue] != quoteOf[head]) {
        return null;
      }
      Span span = speakerSpan(surface);
      String word = g.lower(surface);
      if (surface != head) {
        // relative pronoun: the antecedent names the speaker
        Speaker antecedent = describe(head, speakerSpan(head));
        return new Speaker(
            antecedent.name(),
            span,
            antecedent.entity(),
            antecedent.basis().equals("named") ? "relative-to-antecedent" : antecedent.basis(),
            antecedent.onBehalfOf(),
            antecedent.onBehalfOfEntity());
      }
      if (g.pos(head).equals("PRP")
          || ClaimLexicon.PRONOUNS.contains(word)
              && span.length() == g.token(head).span().length()) {
        if (ClaimLexicon.PERSON_PRONOUNS.contains(word)) {
          char wanted = word.equals("he") ? 'M' : 'F';
          for (int i = named.size() - 1; i >= 0; i--) {
            Speaker s = named.get(i);
            if (s.span().start() < span.start() && isPerson(s) && gender(s) != other(wanted)) {
              return new Speaker(
                  s.name(),
                  span,
                  s.entity(),
                  "pronoun-to-nearest-named",
                  s.onBehalfOf(),
                  s.onBehalfOfEntity());
            }
          }
        }
        return new Speaker(
            text.substring(span.start(), span.end()), span, null, "pronoun", null, null);
      }
      Speaker described = describe(head, span);
      if (described.basis().equals("descriptive") && isDefiniteRole(head)) {
        String role = g.lemma(head);
        Speaker match = null;
        for (int i = named.size() - 1; i >= 0 && match == null; i--) {
          Speaker s = named.get(i);
          if (s.span().start() < span.start() && isPerson(s) && hasTitle(s, role)) {
            match = s;
          }
        }
        for (int i = named.size() - 1; i >= 0 && match == null; i--) {
          Speaker s = named.get(i);
          if (s.span().start() < span.start() && isPerson(s)) {
            match = s;
          }
        }
        if (match != null) {
          return new Speaker(
              match.name(),
              span,
              match.entity(),
              "nominal-to-nearest-named",
              match.onBehalfOf(),
              match.onBehalfOfEntity());
        }
      }
      return described;
    }

    /** A speaker for a noun phrase: named (with its entity) or descriptive; spokesman-for-Y. */
    private Speaker describe(int head, Span span) {
      String onBehalfOf = null;
      Integer onBehalfOfEntity = null;
      if (ClaimLexicon.ROLE_NOUNS.contains(g.lemma(head)) || g.lemma(head).startsWith("spokes")) {
        Integer org = null;
        for (Graph.Edge e : g.children(head)) {
          if (e.relation().equals("nmod:for")
              || e.relation().equals("nmod:of")
              || e.relation().equals("nmod:poss")
              || e.relation().equals("nmod:at")
              || e.relation().equals("nmod:with")) {
            org = e.dependent();
            break;
          }
        }
        if (org != null) {
          Span orgSpan = speakerSpan(org);
          onBehalfOf = text.substring(orgSpan.start(), orgSpan.end());
          onBehalfOfEntity = entityAt(orgSpan, org);
        }
        Integer appos = g.child(head, "appos");
        if (appos != null && isNameToken(appos)) {
          Span a = speakerSpan(appos);
          Integer entity = entityAt(a, appos);
          return new Speaker(
              text.substring(a.start(), a.end()), a, entity, "named", onBehalfOf, onBehalfOfEntity);
        }
      }
      Integer entity = entityAt(span, head);
      boolean named = entity != null || isNameToken(head);
      String name = text.substring(span.start(), span.end());
      if (entity != null) {
        Span m = mentionSpan(span, head);
        if (m != null) {
          name = text.substring(m.start(), m.end());
        }
      }
      return new Speaker(
          name, span, entity, named ? "named" : "descriptive", onBehalfOf, onBehalfOfEntity);
    }

    private boolean isNameToken(int t) {
      return g.pos(t).startsWith("NNP")
          || g.ner(t).equals("PERSON")
          || g.ner(t).equals("ORGANIZATION");
    }

    private boolean isDefiniteRole(int head) {
      Integer det = g.child(head, "det");
      return det != null
          && g.lower(det).equals("the")
          && ClaimLexicon.ROLE_NOUNS.contains(g.lemma(head));
    }

    private boolean isPerson(Speaker s) {
      if (s.entity() != null) {
        for (LocalEntity e : entities) {
          if (e.index() == s.entity()) {
            return e.type() == EntityType.PERSON;
          }
        }
      }
      // no entity: a name written with a PERSON tag
      int t = firstTokenAtOrAfter(s.span().start());
      return t >= 0 && g.ner(t).equals("PERSON");
    }

    private static char other(char gender) {
      return gender == 'M' ? 'F' : 'M';
    }

    /**
     * The grammatical gender the article gives a named person: 'M', 'F', or '?' when it does not
     * say or says both. Evidence: honorifics before a mention ("Mr.", "Mrs.", "Ms."), gendered role
     * nouns in apposition ("spokeswoman"), and "X said she …" (a he/she subject of the clause a
     * mention of the person is the subject of).
     */
    private char gender(Speaker s) {
      if (s.entity() == null) {
        return '?';
      }
      return genders.computeIfAbsent(s.entity(), this::genderOf);
    }

    private char genderOf(int entity) {
      int male = 0;
      int female = 0;
      for (LocalEntity e : entities) {
        if (e.index() != entity) {
          continue;
        }
        for (EntityMention m : e.mentions()) {
          int first = firstTokenAtOrAfter(m.span().start());
          int last = lastTokenBefore(m.span().end());
          if (first < 0 || last < 0) {
            continue;
          }
          for (int t = Math.max(0, first - 1); t <= first; t++) {
            String w = g.lower(t).replace(".", "");
            if (w.equals("mr") || w.equals("sir")) {
              male++;
            } else if (w.equals("mrs") || w.equals("ms") || w.equals("miss")) {
              female++;
            }
          }
          for (Graph.Edge up : g.parents(last)) {
            if (Graph.is(up.relation(), "appos") || up.relation().equals("compound")) {
              continue;
            }
            if (Graph.is(up.relation(), "nsubj") && up.governor() >= 0) {
              for (Graph.Edge c : g.children(up.governor())) {
                Integer sub =
                    Graph.is(c.relation(), "ccomp") ? g.child(c.dependent(), "nsubj") : null;
                if (sub != null && g.lower(sub).equals("he")) {
                  male++;
                } else if (sub != null && g.lower(sub).equals("she")) {
                  female++;
                }
              }
            }
          }
          for (Graph.Edge c : g.children(last)) {
            if (Graph.is(c.relation(), "appos")) {
              String role = g.lemma(c.dependent()).toLowerCase(Locale.ROOT);
              if (ClaimLexicon.MALE_ROLES.contains(role)) {
                male++;
              } else if (ClaimLexicon.FEMALE_ROLES.contains(role)) {
                female++;
              }
            }
          }
        }
      }
      return male > 0 && female == 0 ? 'M' : female > 0 && male == 0 ? 'F' : '?';
    }

    private boolean hasTitle(Speaker s, String role) {
      if (s.entity() == null) {
        return false;
      }
      for (LocalEntity e : entities) {
        if (e.index() == s.entity()) {
          for (EntityMention m : e.mentions()) {
            if (m.title() != null && m.title().toLowerCase(Locale.ROOT).contains(role)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The noun phrase of a speaker head: the head with its name, determiner and modifiers. */
    private Span speakerSpan(int head) {
      int min = head;
      int max = head;
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
      todo.add(head);
      while (!todo.isEmpty()) {
        int t = todo.poll();
        for (Graph.Edge e : g.children(t)) {
          String r = e.relation();
          int d = e.dependent();
          boolean keep =
              r.equals("compound")
                  || r.equals("flat")
                  || r.equals("det")
                  || r.equals("amod")
                  || r.equals("nummod")
                  || r.equals("nmod:poss")
                  || (r.equals("case") && d > head)
                  || r.equals("det:poss")
                  || r.equals("det:qmod")
                  || r.equals("fixed")
                  || r.startsWith("nmod:for")
                  || r.equals("nmod:of")
                  || r.equals("nmod:at")
                  || (r.equals("case") && t != head);
          if (keep
              && g.sentence(d) == g.sentence(head)
              && quoteOf[d] < 0
              && Math.abs(d - head) < 12) {
            min = Math.min(min, d);
            max = Math.max(max, d);
            todo.add(d);
          }
        }
      }
      int dash = datelineDash(head);
      if (dash >= min && dash < head) {
        min = dash + 1; // "WASHINGTON — President Barack Obama": the dateline is no part of it
      }
      while (max > min && isPunct(max)) {
        max--;
      }
      while (min < max && isPunct(min)) {
        min++;
      }
      return new Span(g.token(min).span().start(), g.token(max).span().end());
    }

    private boolean isDash(int t) {
      String w = g.word(t);
      return w.equals("—") || w.equals("–") || w.equals("―") || w.equals("--") || w.equals("-");
    }

    private @Nullable Integer entityAt(Span span, int head) {
      Span headSpan = g.token(head).span();
      Integer any = null;
      for (LocalEntity e : entities) {
        for (EntityMention m : e.mentions()) {
          if (m.span().overlaps(headSpan)) {
            return e.index();
          }
          if (any == null && span.contains(m.span())) {
            any = e.index();
          }
        }
      }
      return any;
    }

    private @Nullable Span mentionSpan(Span span, int head) {
      Span headSpan = g.token(head).span();
      Span any = null;
      for (LocalEntity e : entities) {
        for (EntityMention m : e.mentions()) {
          if (m.span().overlaps(headSpan)) {
            return m.span();
          }
          if (any == null && span.contains(m.span())) {
            any = m.span();
          }
        }
      }
      return any;
    }

    private List<String> hedges(Draft d, List<Span> pieces) {
      Set<String> out = new LinkedHashSet<>();
      int from = pieces.get(0).start();
      int to = pieces.get(pieces.size() - 1).end();
      if (d.cue >= 0) {
        Sentence s = annotated.sentences().get(g.sentence(d.cue));
        from = Math.min(from, s.span().start());
        to = Math.max(to, s.span().end());
        String cueWord = g.lower(d.cue);
        String lemma = g.lemma(d.cue);
        if (lemma.equals("claim") || lemma.equals("allege") || lemma.equals("allegation")) {
          out.add(cueWord);
        }
        if (nonDenial(d.cue)) {
          out.add("not denied");
        }
      }
      for (int t = firstTokenAtOrAfter(from);
          t >= 0 && t < g.size() && g.token(t).span().end() <= to;
          t++) {
        String w = g.lower(t);
        if (Cues.HEDGE_WORDS.contains(w) && t != d.cue) {
          out.add(w);
        }
      }
      out.addAll(Cues.hedgePhrases(text.substring(from, to)));
      return List.copyOf(out);
    }

    /**
     * "X did not deny …", "X has not issued a denial", "X declined to deny …": no denial, and no
     * assertion by X either; the claim stands unconfirmed (hedge "not denied").
     */
    private boolean nonDenial(int v) {
      String lemma = g.lemma(v);
      if (Cues.DENIAL_LEMMAS.contains(lemma)) {
        return negated(v);
      }
      for (Graph.Edge e : g.children(v)) {
        int c = e.dependent();
        if (Graph.is(e.relation(), "obj")
            && Cues.DENIAL_LEMMAS.contains(g.lemma(c))
            && negated(v)) {
          return true;
        }
        if (Graph.is(e.relation(), "xcomp")
            && Cues.DENIAL_LEMMAS.contains(g.lemma(c))
            && (lemma.equals("decline") || lemma.equals("refuse") || negated(c))) {
          return true;
        }
      }
      return false;
    }

    /** "X declined to comment", "X did not respond to requests for comment". */
    private boolean noComment(int v) {
      String lemma = g.lemma(v);
      for (Graph.Edge e : g.children(v)) {
        int c = e.dependent();
        if (Graph.is(e.relation(), "xcomp")
            && g.lemma(c).equals("comment")
            && (lemma.equals("decline") || lemma.equals("refuse"))) {
          return true;
        }
        if ((lemma.equals("respond") || lemma.equals("return") || lemma.equals("reply"))
            && negated(v)
            && Graph.is(e.relation(), "obl")
            && (g.lemma(c).equals("request") || g.lemma(c).equals("comment"))) {
          return true;
        }
      }
      return false;
    }

    private boolean negated(int v) {
      for (Graph.Edge e : g.children(v)) {
        if ((e.relation().equals("advmod") || e.relation().equals("neg"))
            && Cues.NEGATION_LEMMAS.contains(g.lemma(e.dependent()))) {
          return true;
        }
      }
      return false;
    }

    private Modality modality(Draft d, List<String> hedges) {
      if (d.cue >= 0) {
        String lemma = g.lemma(d.cue);
        boolean negated = false;
        for (Graph.Edge e : g.children(d.cue)) {
          if (e.relation().equals("advmod")
              && Cues.NEGATION_LEMMAS.contains(g.lemma(e.dependent()))) {
            negated = true;
          }
        }
        if (Cues.DENIAL_LEMMAS.contains(lemma) && !negated) {
          return Modality.DENIED;
        }
      }
      return hedges.isEmpty() ? Modality.REPORTED : Modality.ALLEGED;
    }

    /** Outlets and agencies between the article and the speaker, outermost first. */
    private List<String> via(Draft d, @Nullable Speaker speaker) {
      List<String> out = new ArrayList<>();
      if (d.cue < 0) {
        return out;
      }
      Span cue = g.token(d.cue).span();
      List<Draft> enclosing = new ArrayList<>();
      for (Draft e : drafts) {
        if (e != d && !e.pieces.isEmpty() && e.subject != null) {
          for (Span p : e.pieces) {
            if (p.contains(cue)) {
              enclosing.add(e);
            }
          }
        }
      }
      enclosing.sort(Comparator.comparingInt((Draft e) -> -(e.end() - e.start())));
      for (Draft e : enclosing) {
        String name = outlet(e.subject);
        if (name != null && !out.contains(name)) {
          out.add(name);
        }
      }
      // "X told FRANCE 24", "X said in an interview with Reuters"
      for (Graph.Edge e : g.children(d.cue)) {
        String r = e.relation();
        if (Graph.is(r, "obj")
            || Graph.is(r, "iobj")
            || r.equals("obl:to")
            || r.equals("obl:with")) {
          String name = outlet(e.dependent());
          if (name != null && !out.contains(name)) {
            out.add(name);
          }
        }
      }
      if (speaker != null) {
        out.remove(speaker.name());
      }
      return out;
    }

    private @Nullable String outlet(@Nullable Integer head) {
      if (head == null) {
        return null;
      }
      Span span = speakerSpan(head);
      String name = text.substring(span.start(), span.end());
      String lower = name.toLowerCase(Locale.ROOT);
      if (ClaimLexicon.OUTLETS.contains(lower)) {
        return name;
      }
      Span m = mentionSpan(span, head);
      if (m != null) {
        String mention = text.substring(m.start(), m.end());
        String ml = mention.toLowerCase(Locale.ROOT);
        String lastWord = ml.substring(ml.lastIndexOf(' ') + 1);
        if (ClaimLexicon.OUTLETS.contains(ml)
            || (g.ner(head).equals("ORGANIZATION")
                && ClaimLexicon.OUTLET_WORDS.contains(lastWord))) {
          return mention;
        }
      }
      return null;
    }

    private List<Integer> about(List<Span> pieces) {
      Set<Integer> out = new TreeSet<>();
      for (LocalEntity e : entities) {
        for (EntityMention m : e.mentions()) {
          for (Span p : pieces) {
            if (p.contains(m.span())) {
              out.add(e.index());
            }
          }
        }
      }
      return List.copyOf(out);
    }

    // ------------------------------------------------------------------ token helpers

    /** Adds tokens [a, b] as one piece, trimmed of punctuation at the edges; false if empty. */
    private boolean addTokens(Draft d, int a, int b) {
      while (a <= b && isPunct(a) && !isQuoteToken(a)) {
        a++;
      }
      while (b >= a && isPunct(b) && !isQuoteToken(b)) {
        b--;
      }
      if (a > b) {
        return false;
      }
      d.pieces.add(new Span(g.token(a).span().start(), g.token(b).span().end()));
      return true;
    }

    private boolean isPunct(int t) {
      String w = g.word(t);
      return !w.isEmpty()
          && !Character.isLetterOrDigit(w.codePointAt(0))
          && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private boolean isQuoteToken(int t) {
      String s = text.substring(g.token(t).span().start(), g.token(t).span().end());
      return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("''") || s.equals("``");
    }

    private int sentenceStart(int t) {
      return annotated.sentences().get(g.sentence(t)).firstToken();
    }

    private int sentenceEnd(int t) {
      return annotated.sentences().get(g.sentence(t)).endToken() - 1;
    }

    private int firstTokenAtOrAfter(int offset) {
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

    private int lastTokenBefore(int offset) {
      int first = firstTokenAtOrAfter(offset);
      if (first < 0) {
        return g.size() - 1;
      }
      return g.token(first).span().start() < offset ? first - 1 : first - 1;
    }
  }
}
