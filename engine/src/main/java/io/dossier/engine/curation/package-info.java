// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Curation: a person's decisions about entities (merge two, split an alias off, rename), taken
 * through the {@link io.dossier.engine.curation.Curator}, stored by the knowledge base as data, and
 * respected by every later ingest ({@link io.dossier.engine.curation.SplitDecisions}).
 */
@NullMarked
package io.dossier.engine.curation;

import org.jspecify.annotations.NullMarked;
