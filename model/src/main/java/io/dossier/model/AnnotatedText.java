// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The linguistic annotation of one article's text: tokens, sentences, named-entity mentions,
 * normalized time expressions and dependency edges. Produced by the {@code nlp} module (the only
 * place that sees CoreNLP), consumed by the pure extractors; tests build it by hand.
 *
 * @param document the document id
 * @param text the exact text all spans point into
 * @param layers which layers are filled in (absent layers have empty lists or null fields)
 */
public record AnnotatedText(
    String document,
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<NerMention> nerMentions,
    List<TimeExpression> times,
    List<Dependency> dependencies,
    Set<Layer> layers) {

  public AnnotatedText {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    nerMentions = List.copyOf(nerMentions);
    times = List.copyOf(times);
    dependencies = List.copyOf(dependencies);
    layers = Set.copyOf(layers);
  }

  /** Whether a layer was produced. */
  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The covered text of a span. */
  public String textOf(Span span) {
    return span.of(text);
  }
}
