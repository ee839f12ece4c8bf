// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Measurement of cross-document entity resolution: the coreference metrics (MUC, B³, CEAF-e, CoNLL
 * F1), the ECB+ cross-document evaluation with gold within-document chains, and the scaling run
 * over synthesized articles. Reads evaluation data at run time; nothing here ships data.
 */
@NullMarked
package io.dossier.engine.bench.resolution;

import org.jspecify.annotations.NullMarked;
