// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A model-free annotator for engine tests: whitespace tokens, one sentence, and every word in
 * {@code people} tagged PERSON (or each name with its given label); an entry of several words
 * ({@code Khalifa Haftar}) tags those words where they follow each other as one mention, longest
 * entry first. Words end before trailing punctuation; no dependency edges (so no events).
 * Optionally sleeps a random time (to shuffle thread timing) and fails on texts containing {@code
 * FAIL}.
 */
class FakeAnnotation implements TextAnnotation {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private final Map<String, String> names;
  private final boolean jitter;

  FakeAnnotation(Set<String> people, boolean jitter) {
    this(people.stream().collect(Collectors.toMap(p -> p, p -> "PERSON")), jitter);
  }

  /** Tags each key of {@code names} with its value as NER label ({@code ORGANIZATION}…). */
  FakeAnnotation(Map<String, String> names, boolean jitter) {
    this.names = Map.copyOf(names);
    this.jitter = jitter;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(
        Layer.TOKENS,
        Layer.SENTENCES,
        Layer.POS,
        Layer.LEMMAS,
        Layer.NER,
        Layer.TIMES,
        Layer.DEPENDENCIES);
  }

  @Override
  public AnnotatedText annotate(Article article) {
    if (jitter) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(20));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text = article.text();
    if (text.contains("FAIL")) {
      throw new IllegalStateException("annotator exploded");
    }
    List<Span> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      // "Benghazi." is the word "Benghazi" and a full stop, as a tokenizer would see it
      while (end - m.start() > 1 && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      words.add(new Span(m.start(), end));
    }
    int longest = names.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    String[] tags = new String[words.size()];
    List<NerMention> ner = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          phrase.append(k > i ? " " : "").append(words.get(k).of(text));
        }
        String label = names.get(phrase.toString());
        if (label != null) {
          Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
          ner.add(new NerMention(span, span.of(text), label, i, i + n));
          for (int k = i; k < i + n; k++) {
            tags[k] = label;
          }
          i += n - 1;
          break;
        }
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).of(text);
      tokens.add(new Token(i, words.get(i), word, word, "NNP", tags[i] == null ? "O" : tags[i], 0));
    }
    List<Sentence> sentences =
        List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size()));
    return new AnnotatedText(
        article.id(), text, tokens, sentences, ner, List.of(), List.of(), provides());
  }
}
