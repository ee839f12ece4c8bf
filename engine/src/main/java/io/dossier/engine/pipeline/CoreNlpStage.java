// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Layer;
import io.dossier.nlp.CoreNlpAnnotator;
import io.dossier.nlp.NlpConfig;
import io.dossier.nlp.SentenceSelector;
import java.util.Map;
import java.util.Set;

/**
 * The annotation stage backed by CoreNLP, configured for exactly the layers the extraction stages
 * need (dependency parsing, for instance, is only run when a stage requires it, and then only on
 * the sentences a {@link SentenceSelector} chooses). Relative time expressions are anchored at the
 * article's publication date; undated articles get no anchor.
 */
public final class CoreNlpStage implements TextAnnotation {
  private final CoreNlpAnnotator annotator;

  private CoreNlpStage(CoreNlpAnnotator annotator) {
    this.annotator = annotator;
  }

  /** Builds the CoreNLP pipeline (loads models) for the given layers; parses every sentence. */
  public static CoreNlpStage create(Set<Layer> layers) {
    return new CoreNlpStage(CoreNlpAnnotator.create(NlpConfig.forLayers(layers)));
  }

  /**
   * Builds the CoreNLP pipeline (loads models) for the given layers, dependency-parsing only the
   * sentences {@code parse} chooses, for {@code threads} threads calling at once (the models, the
   * parser included, are shared between them).
   */
  public static CoreNlpStage create(Set<Layer> layers, SentenceSelector parse, int threads) {
    return new CoreNlpStage(CoreNlpAnnotator.create(NlpConfig.forLayers(layers), parse, threads));
  }

  /**
   * Sentences and tokens seen and parsed, and milliseconds per part ({@link
   * CoreNlpAnnotator#statistics}).
   */
  @Override
  public Map<String, Long> statistics() {
    return annotator.statistics();
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer> provides() {
    return annotator.provides();
  }

  @Override
  public AnnotatedText annotate(Article article) {
    return annotator.annotate(article.id(), article.text(), article.published());
  }
}
