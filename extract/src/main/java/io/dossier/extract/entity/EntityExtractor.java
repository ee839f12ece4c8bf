// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import io.dossier.model.AnnotatedText;
import io.dossier.model.LocalEntity;
import io.dossier.model.NerMention;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts the named entities of one article: cleaned {@link io.dossier.model.EntityMention}s
 * grouped into within-document {@link LocalEntity} chains. Stateless and thread-safe; pure (no I/O,
 * no logging).
 *
 * <p>It reads the NER mentions of the 4-class model (PERSON, ORGANIZATION, LOCATION, MISC; other
 * classes are ignored) and, when the text has none, groups tokens by their NER tags instead. Then:
 *
 * <ol>
 *   <li><b>Cleaning.</b> Titles and roles ("Field Marshal", "Gen.", "LNA spokesman") inside or just
 *       before a person's span become {@code EntityMention.title}; possessives, a lower-case
 *       leading "the", punctuation, quotes and hyphens leave the span; a span is cut at
 *       parentheses. The span only shrinks, so a mention's text is always the document text at its
 *       span.
 *   <li><b>Acronyms.</b> "Full Name (ACR)" and "ACR (Full Name)" define ACR when it is made of the
 *       name's initials; every token that is ACR joins the full name's entity, tagged or not
 *       ({@link #RULE_ACRONYM_SCAN}).
 *   <li><b>Linking</b>, in text order: {@link #LINK_SAME_NAME}, {@link #LINK_SURNAME}, {@link
 *       #LINK_PARTIAL_NAME}, {@link #LINK_ACRONYM}; the mention that names the entity most fully is
 *       {@link #LINK_CANONICAL} and gives the entity its name and type.
 * </ol>
 *
 * <p>Types are kept apart: an organisation or MISC mention joins a person only through the person's
 * full name (the same full name, or a surname with exactly one earlier full name), and a location
 * never does, so a person is not merged with a country named after them.
 */
public final class EntityExtractor {

  /** Version of these rules, recorded in every mention's provenance. */
  public static final String RULE_VERSION = "1";

  /** Provenance rule of a mention found by the CoreNLP 4-class (CoNLL) NER model. */
  public static final String RULE_NER = "ner:conll4";

  /** Provenance rule of a use of a defined acronym that the NER model did not tag. */
  public static final String RULE_ACRONYM_SCAN = "acronym-scan";

  /** Link of the mention that names its entity most fully. */
  public static final String LINK_CANONICAL = "canonical";

  /** Link of a mention with the same normalized name as an earlier mention of its entity. */
  public static final String LINK_SAME_NAME = "same-name";

  /**
   * Link of a surname alone ("Tarhouni", "al-Zintani") to the one earlier full person name ending
   * in it; not made when two or more earlier full names end in it.
   */
  public static final String LINK_SURNAME = "surname-of-full-name";

  /**
   * Link of a shorter or longer form of a person's full name with the same first and last name
   * ("Karim Tarhouni" and "Karim Belqasim Tarhouni") when exactly one entity has such a name.
   */
  public static final String LINK_PARTIAL_NAME = "partial-name";

  /** Link of an acronym to the name the article defines it for ("Coastal Defence Army (CDA)"). */
  public static final String LINK_ACRONYM = "acronym-defined-in-text";

  /** Creates an extractor; it holds no state. */
  public EntityExtractor() {}

  /**
   * The entities of one article, ordered by first mention, with indexes 0..n-1 and mentions in text
   * order. Mentions never overlap.
   */
  public List<LocalEntity> extract(AnnotatedText text) {
    Objects.requireNonNull(text, "text");
    TokenView tokens = new TokenView(text);
    MentionCleaner cleaner = new MentionCleaner(tokens);
    List<Candidate> candidates = new ArrayList<>();
    for (NerMention mention : nerMentions(text, tokens)) {
      candidates.addAll(cleaner.clean(mention));
    }
    AcronymFinder.Result found = AcronymFinder.find(tokens, withoutOverlaps(candidates));
    return new EntityLinker(text.document(), found).link();
  }

  /** The text's NER mentions, or runs of equally tagged tokens in one sentence if it has none. */
  private static List<NerMention> nerMentions(AnnotatedText text, TokenView tokens) {
    if (!text.nerMentions().isEmpty()) {
      return text.nerMentions();
    }
    List<NerMention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      String tag = tokens.ner(i);
      if (tag == null || MentionCleaner.typeOf(tag) == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && tag.equals(tokens.ner(j)) && tokens.sentence(j) == tokens.sentence(i)) {
        j++;
      }
      int start = tokens.start(i);
      int end = Math.max(start, tokens.end(j - 1));
      out.add(new NerMention(new Span(start, end), text.text().substring(start, end), tag, i, j));
      i = j;
    }
    return out;
  }

  /** Sorted by start; a candidate overlapping an earlier kept one is dropped. */
  private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
    List<Candidate> kept = new ArrayList<>();
    int reach = -1;
    for (Candidate c : sorted) {
      if (c.start() >= reach) {
        kept.add(c);
        reach = c.end();
      }
    }
    return kept;
  }
}
