// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.memory;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Dependency;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Articles synthesized from annotated real articles, with their annotation, so that a store can be
 * filled with any number of realistic articles without running the NLP on each.
 *
 * <p>Article {@code i} joins one third (by paragraphs) of each of {@value #BLOCKS} different base
 * articles, chosen at random from a seed and {@code i}. It belongs to world {@code i / worldSize}:
 * about half of the people and organisations (chosen by name) get the world's suffix appended to
 * the last word of their name ("Clinton" → "Clintonqd"), so the number of distinct entities keeps
 * growing with the corpus, as in a real archive, while articles of one world share names and link.
 * The annotation is the bases' own, with every span, token index and word moved to the new text:
 * what the extraction stages see is what they would see in a real article of that text.
 */
final class SyntheticCorpus {
  /** Base articles joined into one synthesized article. */
  static final int BLOCKS = 3;

  /** The prefix of a synthesized article's id; the rest is its number. */
  static final String ID_PREFIX = "synth-";

  /** One annotated real article. */
  record Base(Article article, AnnotatedText annotation) {
    Base {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(annotation, "annotation");
      if (!article.text().equals(annotation.text())) {
        throw new IllegalArgumentException("annotation of " + article.id() + " is of another text");
      }
    }
  }

  /** A synthesized article: what its JSON line says, and the annotation of its text. */
  record Synthetic(
      String id, @Nullable String outlet, @Nullable LocalDate published, AnnotatedText annotation) {
    String text() {
      return annotation.text();
    }
  }

  private final List<Base> bases;
  private final List<List<int[]>> thirds;
  private final long seed;
  private final int worldSize;

  SyntheticCorpus(List<Base> bases, long seed, int worldSize) {
    List<Base> usable = new ArrayList<>();
    List<List<int[]>> cuts = new ArrayList<>();
    for (Base b : bases) {
      List<int[]> t = thirds(b.annotation());
      if (t != null) {
        usable.add(b);
        cuts.add(t);
      }
    }
    if (usable.size() < BLOCKS) {
      throw new IllegalArgumentException(
          "need at least " + BLOCKS + " annotated articles with sentences, got " + usable.size());
    }
    if (worldSize < 1) {
      throw new IllegalArgumentException("worldSize must be positive (was " + worldSize + ")");
    }
    this.bases = List.copyOf(usable);
    this.thirds = List.copyOf(cuts);
    this.seed = seed;
    this.worldSize = worldSize;
  }

  /** The number of base articles used. */
  int bases() {
    return bases.size();
  }

  /** The id of article {@code i}. */
  static String id(long i) {
    return ID_PREFIX + String.format("%07d", i);
  }

  /**
   * The number of a synthesized article from its id or the document id the store gave it ({@code
   * d-synth-0000042}), or -1 if it is not one.
   */
  static long number(String id) {
    String given = id.startsWith("d-") ? id.substring(2) : id;
    if (!given.startsWith(ID_PREFIX)) {
      return -1;
    }
    try {
      return Long.parseLong(given.substring(ID_PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Article {@code i}: always the same for the same bases, seed and world size. */
  Synthetic article(long i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    int[] chosen = new int[BLOCKS];
    for (int b = 0; b < BLOCKS; b++) {
      int pick;
      do {
        pick = random.nextInt(bases.size());
      } while (contains(chosen, b, pick));
      chosen[b] = pick;
    }
    String suffix = suffix(i / worldSize);
    Builder builder = new Builder(id(i));
    for (int b = 0; b < BLOCKS; b++) {
      int[] range = thirds.get(chosen[b]).get(random.nextInt(3));
      builder.append(bases.get(chosen[b]).annotation(), range[0], range[1], suffix);
    }
    Article first = bases.get(chosen[0]).article();
    return new Synthetic(id(i), first.outlet(), first.published(), builder.build());
  }

  private static boolean contains(int[] chosen, int n, int value) {
    for (int k = 0; k < n; k++) {
      if (chosen[k] == value) {
        return true;
      }
    }
    return false;
  }

  /** The world's suffix: a "q" and the world number in letters ("qa", "qb", …, "qba", …). */
  static String suffix(long world) {
    StringBuilder s = new StringBuilder();
    long w = world;
    do {
      s.append((char) ('a' + (int) (w % 26)));
      w /= 26;
    } while (w > 0);
    return "q" + s.reverse();
  }

  /** Whether a person or organisation name is renamed per world (about half of the names). */
  static boolean renamed(String name) {
    int h = name.hashCode();
    h ^= h >>> 16;
    return (h & 1) == 0;
  }

  /**
   * The sentence ranges {@code [first, end)} of the three thirds of an article by paragraphs (by
   * sentences when it has fewer than three paragraphs), or null when it has fewer than three
   * sentences.
   */
  static @Nullable List<int[]> thirds(AnnotatedText a) {
    List<Sentence> sentences = a.sentences();
    if (sentences.size() < BLOCKS) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (s == 0
          || a.text()
              .substring(sentences.get(s - 1).span().end(), sentences.get(s).span().start())
              .contains("\n\n")) {
        starts.add(s);
      }
    }
    if (starts.size() < BLOCKS) {
      starts.clear();
      for (int s = 0; s < sentences.size(); s++) {
        starts.add(s);
      }
    }
    int units = starts.size();
    List<int[]> thirds = new ArrayList<>(BLOCKS);
    for (int k = 0; k < BLOCKS; k++) {
      int from = starts.get(k * units / BLOCKS);
      int to = k + 1 == BLOCKS ? sentences.size() : starts.get((k + 1) * units / BLOCKS);
      thirds.add(new int[] {from, to});
    }
    return thirds;
  }

  /** Joins sentence ranges of annotated texts into one annotated text. */
  static final class Builder {
    private final String document;
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<NerMention> ner = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private @Nullable AnnotatedText last;

    Builder(String document) {
      this.document = document;
    }

    /**
     * Appends sentences {@code [first, end)} of {@code a}, a blank line before each block but the
     * first, with {@code suffix} after the last word of every renamed person and organisation.
     */
    void append(AnnotatedText a, int first, int end, String suffix) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      last = a;
      Sentence s0 = a.sentences().get(first);
      Sentence s1 = a.sentences().get(end - 1);
      int from = s0.span().start();
      int to = s1.span().end();
      int t0 = s0.firstToken();
      int t1 = s1.endToken();
      // where the suffix goes: after the last token of each renamed name
      TreeMap<Integer, Integer> inserts = new TreeMap<>();
      for (NerMention m : a.nerMentions()) {
        if (m.firstToken() >= t0
            && m.endToken() <= t1
            && m.endToken() > m.firstToken()
            && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
            && renamed(m.text())) {
          inserts.put(a.tokens().get(m.endToken() - 1).span().end(), m.endToken() - 1);
        }
      }
      Shift shift = new Shift(text.length(), from, inserts, suffix.length());
      int copied = from;
      for (Map.Entry<Integer, Integer> e : inserts.entrySet()) {
        text.append(a.text(), copied, e.getKey()).append(suffix);
        copied = e.getKey();
      }
      text.append(a.text(), copied, to);

      int tokenBase = tokens.size() - t0;
      int sentenceBase = sentences.size() - first;
      java.util.Set<Integer> renamedTokens = new java.util.HashSet<>(inserts.values());
      for (int t = t0; t < t1; t++) {
        Token k = a.tokens().get(t);
        boolean r = renamedTokens.contains(t);
        tokens.add(
            new Token(
                t + tokenBase,
                shift.span(k.span()),
                r ? k.word() + suffix : k.word(),
                r && k.lemma() != null ? k.lemma() + suffix : k.lemma(),
                k.pos(),
                k.ner(),
                k.sentence() + sentenceBase));
      }
      for (int s = first; s < end; s++) {
        Sentence x = a.sentences().get(s);
        sentences.add(
            new Sentence(
                s + sentenceBase,
                shift.span(x.span()),
                x.firstToken() + tokenBase,
                x.endToken() + tokenBase));
      }
      for (NerMention m : a.nerMentions()) {
        if (m.firstToken() >= t0 && m.endToken() <= t1) {
          Span span = shift.span(m.span());
          ner.add(
              new NerMention(
                  span,
                  text.substring(span.start(), span.end()),
                  m.type(),
                  m.firstToken() + tokenBase,
                  m.endToken() + tokenBase));
        }
      }
      for (TimeExpression x : a.times()) {
        if (x.span().start() >= from && x.span().end() <= to) {
          Span span = shift.span(x.span());
          times.add(
              new TimeExpression(
                  span, text.substring(span.start(), span.end()), x.type(), x.value()));
        }
      }
      for (Dependency d : a.dependencies()) {
        boolean inside =
            d.dependent() >= t0
                && d.dependent() < t1
                && (d.governor() < 0 || (d.governor() >= t0 && d.governor() < t1));
        if (inside) {
          dependencies.add(
              new Dependency(
                  d.governor() < 0 ? d.governor() : d.governor() + tokenBase,
                  d.dependent() + tokenBase,
                  d.relation()));
        }
      }
    }

    AnnotatedText build() {
      if (last == null) {
        throw new IllegalStateException("nothing appended");
      }
      return new AnnotatedText(
          document, text.toString(), tokens, sentences, ner, times, dependencies, last.layers());
    }
  }

  /**
   * Moves offsets of a block of the base text to the new text: by the block's new start, plus the
   * suffixes inserted at or before the offset (an offset right after a renamed word moves past its
   * suffix, so a span ending with the word includes it and the next token starts after it).
   */
  private record Shift(int newStart, int from, TreeMap<Integer, Integer> inserts, int length) {
    int offset(int x) {
      return newStart + (x - from) + inserts.headMap(x, true).size() * length;
    }

    Span span(Span s) {
      return new Span(offset(s.start()), offset(s.end()));
    }
  }
}
