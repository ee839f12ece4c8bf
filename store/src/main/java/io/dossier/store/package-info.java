// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The knowledge-base store: the {@link io.dossier.store.KnowledgeBase} repository port that the
 * engine and the server use, and its embedded implementation {@link
 * io.dossier.store.SqliteKnowledgeBase} (one folder: a SQLite database migrated by Flyway, which is
 * the source of truth, plus a Lucene full-text index derived from it). This is the only module that
 * touches JDBC drivers or Lucene; none of their types appear in its public API. Curators' decisions
 * (merge, split, rename) are stored here as data; a refused one is a {@link
 * io.dossier.store.CurationException}.
 */
@NullMarked
package io.dossier.store;

import org.jspecify.annotations.NullMarked;
