// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.ConfigException;
import io.dossier.model.StorageException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

  @Test
  void aPathIsAFolder() {
    assertThat(StoreLocation.parse("kb", Map.of()))
        .isEqualTo(new StoreLocation.Folder(Path.of("kb")));
    assertThat(StoreLocation.parse("/tmp/some kb", Map.of()).shared()).isFalse();
  }

  @Test
  void aPostgresUrlGivesServerDatabaseUserAndPassword() {
    StoreLocation.Postgres pg =
        (StoreLocation.Postgres)
            StoreLocation.parse("postgresql://ann:s3cr%40t@db.example.org:6543/news", Map.of());

    assertThat(pg)
        .isEqualTo(
            new StoreLocation.Postgres("db.example.org", 6543, "news", "ann", "s3cr@t", Map.of()));
    assertThat(pg.shared()).isTrue();
    assertThat(pg.toString())
        .isEqualTo("postgresql://ann@db.example.org:6543/news")
        .doesNotContain("s3cr");
  }

  @Test
  void userAndPasswordComeFromTheEnvironmentWhenTheUrlHasNone() {
    StoreLocation.Postgres pg =
        (StoreLocation.Postgres)
            StoreLocation.parse(
                "postgres://localhost/news?sslmode=require",
                Map.of("PGUSER", "bob", "PGPASSWORD", "pw"));

    assertThat(pg.port()).isEqualTo(5432);
    assertThat(pg.user()).isEqualTo("bob");
    assertThat(pg.password()).isEqualTo("pw");
    assertThat(pg.parameters()).containsExactly(Map.entry("sslmode", "require"));
    assertThat(StoreLocation.parse("jdbc:postgresql://h/db", Map.of("PGUSER", "x")))
        .isEqualTo(new StoreLocation.Postgres("h", 5432, "db", "x", null, Map.of()));
    // the URL wins over the environment
    assertThat(
            ((StoreLocation.Postgres)
                    StoreLocation.parse("postgresql://carl@h/db", Map.of("PGUSER", "bob")))
                .user())
        .isEqualTo("carl");
  }

  @Test
  void malformedUrlsAreRefusedInOneLineWithoutThePassword() {
    assertThatThrownBy(() -> StoreLocation.parse("postgresql:///news", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("names no server");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://u:topsecret@host", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("names no database")
        .hasMessageContaining("u:***@host")
        .message()
        .doesNotContain("topsecret")
        .doesNotContain("\n");
    assertThatThrownBy(() -> StoreLocation.parse("mysql://h/db", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("only postgresql:// URLs");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://h:99999/db", Map.of()))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> StoreLocation.parse("  ", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void anUnreachableServerIsOneLineWithAHint() {
    StoreLocation.Postgres nowhere =
        new StoreLocation.Postgres("127.0.0.1", 1, "news", "ann", "pw", Map.of());

    assertThatThrownBy(nowhere::open)
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("Cannot open the store postgresql://ann@127.0.0.1:1/news")
        .hasMessageContaining("no PostgreSQL server answers at 127.0.0.1:1")
        .hasMessageContaining("check that the server runs")
        .message()
        .doesNotContain("\n")
        .doesNotContain("pw");
  }

  @Test
  void aWrongPasswordOrAMissingDatabaseSayWhatToDo() {
    StoreLocation.Postgres database = TestPostgres.newDatabase();
    StoreLocation.Postgres wrong =
        new StoreLocation.Postgres(
            database.host(),
            database.port(),
            database.database(),
            database.user(),
            "nope",
            Map.of());
    StoreLocation.Postgres missing =
        new StoreLocation.Postgres(
            database.host(),
            database.port(),
            "no_such_db",
            database.user(),
            database.password(),
            Map.of());

    assertThatThrownBy(wrong::open)
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("password authentication failed")
        .hasMessageContaining("PGPASSWORD");
    assertThatThrownBy(missing::open)
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("the database no_such_db does not exist")
        .hasMessageContaining("createdb -h 127.0.0.1 -p " + database.port());
  }
}
