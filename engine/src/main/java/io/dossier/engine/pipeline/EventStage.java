// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.extract.event.EventExtractor;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.BitSet;
import java.util.Set;

/**
 * PLOVER-typed event mentions read from the dependency parse, with actors resolved to the article's
 * entities and dates from its normalized time expressions (run it after {@link EntityStage} and
 * {@link TimeStage}; without a time stage every date is unknown).
 */
public final class EventStage implements ExtractionStage {
  private final EventExtractor extractor = new EventExtractor();

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(
        Layer.TOKENS,
        Layer.SENTENCES,
        Layer.POS,
        Layer.LEMMAS,
        Layer.NER,
        Layer.DEPENDENCIES,
        Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of();
  }

  /** The sentences with a candidate trigger ({@link EventExtractor#sentencesToParse}). */
  @Override
  public BitSet sentencesToParse(AnnotatedText text) {
    return EventExtractor.sentencesToParse(text);
  }

  @Override
  public void apply(AnnotatedText text, AnalysisBuilder into) {
    into.events(extractor.extract(text, into.entities(), into.times(), into.article().published()));
  }
}
