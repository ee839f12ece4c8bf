// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The knowledge-base store: the {@link io.dossier.store.KnowledgeBase} repository port that the
 * engine and the server use, and its two implementations over one JDBC code base: the embedded
 * {@link io.dossier.store.SqliteKnowledgeBase} (one folder: a SQLite database migrated by Flyway,
 * which is the source of truth, plus a Lucene full-text index derived from it) and the shared
 * {@link io.dossier.store.PostgresKnowledgeBase} (a PostgreSQL database that many processes write
 * to, with the same tables and migration versions, and a Lucene index cached on the searching
 * machine). {@link io.dossier.store.StoreLocation} reads the {@code --store} option and opens the
 * store it names. This is the only module that touches JDBC drivers, Flyway or Lucene; none of
 * their types appear in its public API. Curators' decisions (merge, split, rename) are stored here
 * as data; a refused one is a {@link io.dossier.store.CurationException}.
 *
 * <p>To add a database: a subclass of {@code JdbcKnowledgeBase} (connect, begin and end a write
 * transaction, lock across processes if it is shared), its migrations in {@code
 * io/dossier/store/migration/VENDOR/} with the same versions as the others, and a {@code
 * StoreLocation} for its URLs.
 */
@NullMarked
package io.dossier.store;

import org.jspecify.annotations.NullMarked;
