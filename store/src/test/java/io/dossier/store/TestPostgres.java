// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.testkit.PostgresServer;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for the PostgreSQL store tests, on the throwaway {@link PostgresServer}: each a copy of
 * one database migrated once (copying is faster than migrating every time; the migrations
 * themselves run on that first one).
 */
final class TestPostgres {
  private static final String TEMPLATE = "dossier_template";
  private static boolean migrated;

  private TestPostgres() {}

  /** A new database holding an empty store; skips the test when PostgreSQL is not installed. */
  static synchronized StoreLocation.Postgres newDatabase() {
    if (!migrated) {
      PostgresServer.Database template = PostgresServer.createDatabase(TEMPLATE);
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setUrl(template.jdbcUrl());
      source.setUser(template.user());
      source.setPassword(template.password());
      JdbcKnowledgeBase.migrate(source, PostgresKnowledgeBase.MIGRATIONS, template.url());
      migrated = true;
    }
    return location(PostgresServer.newDatabase(TEMPLATE));
  }

  /** The store location of a test database. */
  static StoreLocation.Postgres location(PostgresServer.Database db) {
    return new StoreLocation.Postgres(
        db.host(), db.port(), db.name(), db.user(), db.password(), Map.of());
  }
}
