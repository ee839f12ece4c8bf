// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.Set;

/** Keeps the normalized time expressions of the article. */
public final class TimeStage implements ExtractionStage {

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of();
  }

  @Override
  public void apply(AnnotatedText text, AnalysisBuilder into) {
    into.times(text.times());
  }
}
