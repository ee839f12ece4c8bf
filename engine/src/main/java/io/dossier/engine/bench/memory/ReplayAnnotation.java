// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.memory;

import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.InvalidInputException;
import io.dossier.model.Layer;
import java.util.Objects;
import java.util.Set;

/**
 * The annotation stage of the memory benchmark: gives a synthesized article the annotation it was
 * synthesized with (the real CoreNLP annotation of its base articles, moved to its text), after
 * checking that the text the ingest read is exactly the synthesized one. Everything after this
 * stage — extraction, resolution, the store — is the real ingest path.
 */
final class ReplayAnnotation implements TextAnnotation {
  private final SyntheticCorpus corpus;
  private final Set<Layer> layers;

  ReplayAnnotation(SyntheticCorpus corpus, Set<Layer> layers) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.layers = Set.copyOf(layers);
  }

  @Override
  public String name() {
    return "replay";
  }

  @Override
  public Set<Layer> provides() {
    return layers;
  }

  @Override
  public AnnotatedText annotate(Article article) {
    long i = SyntheticCorpus.number(article.id());
    if (i < 0) {
      throw new InvalidInputException(
          article.source() + ": not a synthesized article (id " + article.id() + ")");
    }
    AnnotatedText a = corpus.article(i).annotation();
    if (!a.text().equals(article.text())) {
      throw new InvalidInputException(
          article.source()
              + ": the reader changed the synthesized text ("
              + a.text().length()
              + " → "
              + article.text().length()
              + " characters)");
    }
    return new AnnotatedText(
        article.id(),
        a.text(),
        a.tokens(),
        a.sentences(),
        a.nerMentions(),
        a.times(),
        a.dependencies(),
        a.layers());
  }
}
