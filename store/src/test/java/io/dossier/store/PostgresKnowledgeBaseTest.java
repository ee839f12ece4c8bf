// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

/** The tests of {@link SqliteKnowledgeBaseTest}, run against a PostgreSQL store. */
class PostgresKnowledgeBaseTest extends SqliteKnowledgeBaseTest {
  private StoreLocation.Postgres database;

  @Override
  JdbcKnowledgeBase reopen() {
    if (database == null) {
      database = TestPostgres.newDatabase();
    }
    return PostgresKnowledgeBase.open(database, dir.resolve("search-cache"));
  }

  @Override
  boolean embedded() {
    return false;
  }
}
