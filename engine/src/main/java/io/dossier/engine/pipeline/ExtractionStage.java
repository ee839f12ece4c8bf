// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;

/** A pure per-article stage over the annotated text that adds its findings to an analysis. */
public interface ExtractionStage extends Stage {

  /** Reads {@code text} and records what it finds in {@code into}. Must be thread-safe. */
  void apply(AnnotatedText text, AnalysisBuilder into);
}
