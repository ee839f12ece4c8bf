// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.extract.entity.EntityExtractor;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.Set;

/** Named-entity mentions, cleaned of titles and possessives, chained within the article. */
public final class EntityStage implements ExtractionStage {
  private final EntityExtractor extractor = new EntityExtractor();

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NER);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public void apply(AnnotatedText text, AnalysisBuilder into) {
    into.entities(extractor.extract(text));
  }
}
