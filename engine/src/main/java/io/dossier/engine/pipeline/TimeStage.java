// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.extract.time.PastWeekdays;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.Set;

/**
 * Keeps the normalized time expressions of the article, with past-tense weekdays that the
 * normalizer put after the publication date moved back into the past ({@link PastWeekdays}).
 */
public final class TimeStage implements ExtractionStage {

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TIMES, Layer.SENTENCES, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of();
  }

  @Override
  public void apply(AnnotatedText text, AnalysisBuilder into) {
    into.times(PastWeekdays.correct(text, into.article().published()));
  }
}
