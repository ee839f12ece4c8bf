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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free annotator for engine tests: whitespace tokens, one sentence, and every word in
 * {@code people} tagged PERSON. Optionally sleeps a random time (to shuffle thread timing) and
 * fails on texts containing {@code FAIL}.
 */
class FakeAnnotation implements TextAnnotation {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private final Set<String> people;
  private final boolean jitter;

  FakeAnnotation(Set<String> people, boolean jitter) {
    this.people = people;
    this.jitter = jitter;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NER, Layer.TIMES);
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
    List<Token> tokens = new ArrayList<>();
    List<NerMention> ner = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int i = tokens.size();
      String word = m.group();
      boolean person = people.contains(word);
      tokens.add(
          new Token(
              i, new Span(m.start(), m.end()), word, word, "NNP", person ? "PERSON" : "O", 0));
      if (person) {
        ner.add(new NerMention(new Span(m.start(), m.end()), word, "PERSON", i, i + 1));
      }
    }
    List<Sentence> sentences =
        List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size()));
    return new AnnotatedText(
        article.id(), text, tokens, sentences, ner, List.of(), List.of(), provides());
  }
}
