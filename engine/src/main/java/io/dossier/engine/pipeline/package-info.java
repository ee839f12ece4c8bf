// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The per-article pipeline: stages declare the layers they require and provide, and the order is
 * checked when the pipeline is built. To add a stage, implement {@link
 * io.dossier.engine.pipeline.ExtractionStage} and add it to {@link
 * io.dossier.engine.pipeline.ArticleProcessor#standardStages()}: the NLP stage is configured to
 * produce exactly the layers the extraction stages require.
 */
@NullMarked
package io.dossier.engine.pipeline;

import org.jspecify.annotations.NullMarked;
