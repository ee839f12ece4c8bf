// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.extract.claim.ClaimExtractor;
import io.dossier.extract.claim.ClaimSentences;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.BitSet;
import java.util.Set;

/**
 * Claims of one article: direct quotes, indirect speech and speech acts with their speakers
 * (resolved to the article's entities where the text allows), hedges, denial and attribution chain
 * ({@link ClaimExtractor}). Runs after {@link EntityStage}, whose entities it reads.
 */
public final class ClaimStage implements ExtractionStage {
  private final ClaimExtractor extractor = new ClaimExtractor();

  @Override
  public String name() {
    return "claims";
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

  /** The sentences with a speech cue or right after a quotation ({@link ClaimSentences}). */
  @Override
  public BitSet sentencesToParse(AnnotatedText text) {
    return ClaimSentences.toParse(text);
  }

  @Override
  public void apply(AnnotatedText text, AnalysisBuilder into) {
    into.claims(extractor.extract(text, into.entities()));
  }
}
