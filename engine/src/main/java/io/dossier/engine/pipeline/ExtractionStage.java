// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import java.util.BitSet;

/** A pure per-article stage over the annotated text that adds its findings to an analysis. */
public interface ExtractionStage extends Stage {

  /** Reads {@code text} and records what it finds in {@code into}. Must be thread-safe. */
  void apply(AnnotatedText text, AnalysisBuilder into);

  /**
   * The sentences whose dependency parse this stage may read; asked only of stages that require
   * {@link Layer#DEPENDENCIES}, before the parse, so that the others are not parsed. Must be a
   * superset: a sentence left out gets no dependency edges. By default every sentence.
   *
   * @param text every layer the stage requires except DEPENDENCIES
   */
  default BitSet sentencesToParse(AnnotatedText text) {
    BitSet all = new BitSet();
    all.set(0, text.sentences().size());
    return all;
  }
}
