// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The tests of {@link SqliteKnowledgeBaseCurationTest}, run against a PostgreSQL store. */
class PostgresKnowledgeBaseCurationTest extends SqliteKnowledgeBaseCurationTest {
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

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + database.host() + ":" + database.port() + "/" + database.database(),
        database.user(),
        database.password());
  }

  @Override
  void refuseInserts(String table) throws SQLException {
    sql(
        "CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql"
            + " AS $$ BEGIN RAISE EXCEPTION 'no'; END $$");
    sql(
        "CREATE TRIGGER refuse BEFORE INSERT ON "
            + table
            + " FOR EACH ROW EXECUTE FUNCTION refuse()");
  }

  @Override
  void allowInserts(String table) throws SQLException {
    sql("DROP TRIGGER refuse ON " + table);
  }
}
