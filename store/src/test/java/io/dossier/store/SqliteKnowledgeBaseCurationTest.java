// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.Fixtures.article;
import static io.dossier.store.Fixtures.mention;
import static io.dossier.store.Fixtures.resolved;
import static io.dossier.store.SqliteKnowledgeBaseTest.BENGHAZI;
import static io.dossier.store.SqliteKnowledgeBaseTest.HAFTAR;
import static io.dossier.store.SqliteKnowledgeBaseTest.LNA;
import static io.dossier.store.SqliteKnowledgeBaseTest.first;
import static io.dossier.store.SqliteKnowledgeBaseTest.second;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curation decisions: merge, split and rename, their errors, atomicity and index upkeep. */
class SqliteKnowledgeBaseCurationTest {

  static final Instant AT = Instant.parse("2017-08-01T10:15:30Z");

  static final EntityHead HIFTER = new EntityHead("e-hifter", EntityType.PERSON, "Khalifa Hifter");
  static final Article THIRD =
      article("d-third", "Khalifa Hifter flew to Tobruk. Hifter met Haftar loyalists there.");

  static final EntityHead SPLIT = new EntityHead("e-split", EntityType.PERSON, "Haftar");

  @TempDir Path dir;

  /** Opens the store under test, again after a close: the PostgreSQL subclass overrides it. */
  JdbcKnowledgeBase reopen() {
    return SqliteKnowledgeBase.open(dir);
  }

  /** Whether the store under test is the embedded one (some tests look inside its folder). */
  boolean embedded() {
    return true;
  }

  JdbcKnowledgeBase store;

  @BeforeEach
  void open() {
    store = reopen();
    store.commit(first());
    store.commit(second());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Khalifa Hifter, a spelling the resolver did not link: a new entity with three mentions. */
  static ResolvedDocument third() {
    return resolved(
        THIRD,
        List.of(HIFTER),
        List.of(
            mention(THIRD, HIFTER.id(), "Khalifa Hifter", 0, "ner:conll4;canonical"),
            mention(THIRD, HIFTER.id(), "Hifter", 0, "ner:conll4;surname-of-full-name"),
            mention(THIRD, HIFTER.id(), "Haftar", 0, "ner:conll4;partial-name")),
        List.of(new EntityKey("khalifa hifter", EntityType.PERSON, HIFTER.id())));
  }

  // ---- names ----

  @Test
  void namesAreTheAliasesMostUsedFirstAndFollowRedirects() {
    assertThat(store.names(HAFTAR.id()))
        .containsExactly(
            new Alias("Haftar", 3, "surname-of-full-name"),
            new Alias("Khalifa Haftar", 2, "canonical"));
    assertThat(store.names("e-missing")).isEmpty();

    store.commit(third());
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);

    assertThat(store.names(HIFTER.id())).isEqualTo(store.names(HAFTAR.id()));
  }

  @Test
  void aliasesKeptAtCommitTimeAgreeWithTheMentions() {
    store.commit(third());
    assertAliasesMatchMentions();
  }

  // ---- merge ----

  @Test
  void mergeMovesMentionsKeysAndAliasesAndLeavesARedirect() {
    store.commit(third());

    int moved = store.merge(HAFTAR.id(), HIFTER.id(), false, AT);

    assertThat(moved).isEqualTo(3);
    Entity haftar = store.entity(HAFTAR.id()).orElseThrow();
    assertThat(haftar.name()).isEqualTo("Khalifa Haftar");
    assertThat(haftar.mentions()).isEqualTo(8);
    assertThat(haftar.documents()).containsExactly("d-first", "d-second", "d-third");
    // shared forms add up and keep the rule of their first use; the others keep theirs
    assertThat(haftar.aliases())
        .containsExactly(
            new Alias("Haftar", 4, "surname-of-full-name"),
            new Alias("Khalifa Haftar", 2, "canonical"),
            new Alias("Khalifa Hifter", 1, "canonical"),
            new Alias("Hifter", 1, "surname-of-full-name"));
    assertThat(store.entity(HIFTER.id())).contains(haftar);
    assertThat(store.redirect(HIFTER.id())).contains(HAFTAR.id());
    assertThat(store.redirect(HAFTAR.id())).isEmpty();
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa hifter")).containsExactly(HAFTAR);
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar")).containsExactly(HAFTAR);
    assertThat(store.entityCount()).isEqualTo(3);
    assertThat(store.entities(0, 10)).extracting(Entity::id).doesNotContain(HIFTER.id());
    assertThat(store.mentionsOfDocument(THIRD.id()))
        .extracting(ResolvedMention::entity)
        .containsOnly(HAFTAR.id());
    assertThat(store.mentionsOfEntity(HIFTER.id()))
        .hasSize(8)
        .isEqualTo(store.mentionsOfEntity(HAFTAR.id()));
    assertAliasesMatchMentions();
  }

  @Test
  void searchFollowsAMerge() {
    store.commit(third());
    assertThat(store.search("Hifter", 10)).extracting(SearchHit::id).contains(HIFTER.id());

    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);

    assertThat(store.search("Hifter", 10))
        .extracting(SearchHit::id)
        .contains(HAFTAR.id())
        .doesNotContain(HIFTER.id());
  }

  @Test
  void mergeRefusesUnknownIdsAndTheSameEntityTwice() {
    store.commit(third());

    assertThatThrownBy(() -> store.merge(HAFTAR.id(), "e-nobody", false, AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody")
        .extracting(e -> ((CurationException) e).reason())
        .isEqualTo(CurationException.Reason.UNKNOWN_ENTITY);
    assertThatThrownBy(() -> store.merge(HAFTAR.id(), HAFTAR.id(), false, AT))
        .isInstanceOf(CurationException.class)
        .hasMessage("Cannot merge entity e-haftar with itself");

    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);

    assertThatThrownBy(() -> store.merge(HAFTAR.id(), HIFTER.id(), false, AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("already one")
        .extracting(e -> ((CurationException) e).reason())
        .isEqualTo(CurationException.Reason.SAME_ENTITY);
  }

  @Test
  void mergeRefusesDifferentTypesUnlessForcedAndKeepsTheKeptType() {
    assertThatThrownBy(() -> store.merge(HAFTAR.id(), LNA.id(), false, AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-lna")
        .hasMessageContaining("ORGANIZATION")
        .hasMessageContaining("PERSON")
        .extracting(e -> ((CurationException) e).reason())
        .isEqualTo(CurationException.Reason.TYPE_MISMATCH);
    assertThat(store.entityCount()).isEqualTo(3);

    assertThat(store.merge(HAFTAR.id(), LNA.id(), true, AT)).isEqualTo(2);

    assertThat(store.entity(LNA.id()).orElseThrow().type()).isEqualTo(EntityType.PERSON);
    // keys keep the type they were found under: an ORGANIZATION mention of LNA finds the person
    assertThat(store.entitiesByKey(EntityType.ORGANIZATION, "lna")).containsExactly(HAFTAR);
  }

  @Test
  void mergedAwayIdsStandForTheirTargetAndChainsStayOneHop() {
    store.commit(third());
    store.merge(HAFTAR.id(), HIFTER.id(), true, AT);
    store.merge(BENGHAZI.id(), HAFTAR.id(), true, AT);

    assertThat(store.redirect(HIFTER.id())).contains(BENGHAZI.id());
    assertThat(store.redirect(HAFTAR.id())).contains(BENGHAZI.id());
    assertThat(store.entity(HIFTER.id()).orElseThrow().id()).isEqualTo(BENGHAZI.id());
    assertThat(store.entityNumber(HIFTER.id())).isEqualTo(store.entityNumber(BENGHAZI.id()));
    // a merged-away id names its entity in later requests too
    assertThatThrownBy(() -> store.merge(HIFTER.id(), BENGHAZI.id(), false, AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("already one");
  }

  @Test
  void aCommitThatStillNamesAMergedAwayEntityLandsOnTheKeptOne() {
    store.commit(third());
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);
    Article later = article("d-later", "Hifter again.");

    store.commit(
        resolved(
            later,
            List.of(),
            List.of(mention(later, HIFTER.id(), "Hifter", 0, "exact-name")),
            List.of(new EntityKey("hifter", EntityType.PERSON, HIFTER.id()))));

    assertThat(store.mentionsOfDocument("d-later"))
        .extracting(ResolvedMention::entity)
        .containsExactly(HAFTAR.id());
    assertThat(store.entitiesByKey(EntityType.PERSON, "hifter")).containsExactly(HAFTAR);
    assertThat(store.names(HAFTAR.id())).contains(new Alias("Hifter", 2, "surname-of-full-name"));
    assertAliasesMatchMentions();
  }

  @Test
  void aFailedMergeChangesNothing() throws SQLException {
    store.commit(third());
    List<Entity> before = store.entities(0, 10);
    List<ResolvedMention> mentions = allMentions();
    refuseInserts("entity_redirects");

    assertThatThrownBy(() -> store.merge(HAFTAR.id(), HIFTER.id(), false, AT))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("merge e-hifter into e-haftar")
        .hasMessageContaining("nothing was changed");

    assertThat(store.entities(0, 10)).isEqualTo(before);
    assertThat(allMentions()).isEqualTo(mentions);
    assertThat(store.redirect(HIFTER.id())).isEmpty();
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa hifter")).containsExactly(HIFTER);
    assertThat(count("curation")).isZero();
    allowInserts("entity_redirects");
    assertThat(store.merge(HAFTAR.id(), HIFTER.id(), false, AT)).isEqualTo(3);
  }

  // ---- split ----

  @Test
  void splitMovesTheAliasToANewEntityAndForbidsItForTheOld() {
    int moved =
        store.split(
            HAFTAR.id(),
            "Haftar",
            SPLIT,
            List.of(new EntityKey("haftar", EntityType.PERSON, SPLIT.id())),
            AT);

    assertThat(moved).isEqualTo(3);
    assertThat(store.entity(HAFTAR.id()).orElseThrow().aliases())
        .containsExactly(new Alias("Khalifa Haftar", 2, "canonical"));
    Entity split = store.entity(SPLIT.id()).orElseThrow();
    assertThat(split)
        .isEqualTo(
            new Entity(
                SPLIT.id(),
                EntityType.PERSON,
                "Haftar",
                List.of(new Alias("Haftar", 3, KnowledgeBase.RULE_CURATED_SPLIT)),
                3,
                List.of("d-first", "d-second")));
    assertThat(store.mentionsOfEntity(SPLIT.id()))
        .extracting(ResolvedMention::rule)
        .containsOnly(KnowledgeBase.RULE_CURATED_SPLIT);
    assertThat(store.splitOff(HAFTAR.id())).containsExactly(Map.entry("Haftar", SPLIT.id()));
    assertThat(store.forbiddenNames(HAFTAR.id())).containsExactly("Haftar");
    assertThat(store.forbiddenNames(SPLIT.id())).isEmpty();
    assertThat(store.entitiesByKey(EntityType.PERSON, "haftar")).containsExactly(SPLIT);
    assertThat(store.entities(0, 10)).extracting(Entity::id).last().isEqualTo(SPLIT.id());
    assertThat(store.entityNumber(SPLIT.id()).getAsLong())
        .isGreaterThan(store.entityNumber(LNA.id()).getAsLong());
    assertThat(store.search("Haftar", 10)).extracting(SearchHit::id).contains(SPLIT.id());
    assertAliasesMatchMentions();
  }

  @Test
  void splitKeepsTheDetectionPartOfAMentionRule() {
    store.commit(third());

    store.split(
        HIFTER.id(), "Hifter", new EntityHead("e-h2", EntityType.PERSON, "Hifter"), List.of(), AT);

    assertThat(store.mentionsOfEntity("e-h2"))
        .extracting(ResolvedMention::rule)
        .containsExactly("ner:conll4;curated-split");
  }

  @Test
  void splitRefusesWhatCannotBeSplit() throws SQLException {
    assertThatThrownBy(() -> store.split(HAFTAR.id(), "Hafter", SPLIT, List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessage(
            "Entity e-haftar \"Khalifa Haftar\" has no alias \"Hafter\"; its aliases are"
                + " \"Haftar\", \"Khalifa Haftar\"");
    assertThatThrownBy(() -> store.split(BENGHAZI.id(), "Benghazi", SPLIT, List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("only alias")
        .extracting(e -> ((CurationException) e).reason())
        .isEqualTo(CurationException.Reason.ALIAS_NOT_SPLITTABLE);
    assertThatThrownBy(() -> store.split(HAFTAR.id(), "Khalifa Haftar", SPLIT, List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("canonical name");
    EntityHead taken = new EntityHead(LNA.id(), EntityType.PERSON, "Haftar");
    assertThatThrownBy(() -> store.split(HAFTAR.id(), "Haftar", taken, List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-lna is taken");
    assertThatThrownBy(() -> store.split("e-nobody", "Haftar", SPLIT, List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody");
    List<EntityKey> foreign = List.of(new EntityKey("haftar", EntityType.PERSON, HAFTAR.id()));
    assertThatThrownBy(() -> store.split(HAFTAR.id(), "Haftar", SPLIT, foreign, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newKeys");
    assertThat(store.entityCount()).isEqualTo(3);
    assertThat(count("curation")).isZero();
  }

  @Test
  void aFailedSplitChangesNothing() throws SQLException {
    List<Entity> before = store.entities(0, 10);
    List<ResolvedMention> mentions = allMentions();
    refuseInserts("forbidden_names");

    assertThatThrownBy(
            () ->
                store.split(
                    HAFTAR.id(),
                    "Haftar",
                    SPLIT,
                    List.of(new EntityKey("haftar", EntityType.PERSON, SPLIT.id())),
                    AT))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("nothing was changed");

    assertThat(store.entities(0, 10)).isEqualTo(before);
    assertThat(allMentions()).isEqualTo(mentions);
    assertThat(store.entitiesByKey(EntityType.PERSON, "haftar")).isEmpty();
    assertThat(store.forbiddenNames(HAFTAR.id())).isEmpty();
    assertThat(store.search("Haftar", 10)).extracting(SearchHit::id).doesNotContain(SPLIT.id());
  }

  @Test
  void mergingASplitOffEntityBackLiftsTheProhibitionAndSplittingAgainRevivesItsId() {
    store.split(HAFTAR.id(), "Haftar", SPLIT, List.of(), AT);

    store.merge(HAFTAR.id(), SPLIT.id(), false, AT);

    assertThat(store.forbiddenNames(HAFTAR.id())).isEmpty();
    assertThat(store.entity(HAFTAR.id()).orElseThrow().mentions()).isEqualTo(5);

    store.split(HAFTAR.id(), "Haftar", SPLIT, List.of(), AT);

    assertThat(store.redirect(SPLIT.id())).isEmpty();
    assertThat(store.entity(SPLIT.id()).orElseThrow().id()).isEqualTo(SPLIT.id());
    assertThat(store.splitOff(HAFTAR.id())).containsEntry("Haftar", SPLIT.id());
    assertAliasesMatchMentions();
  }

  @Test
  void mergingTheEntityThatTookANameKeepsTheProhibitionPointingAtTheMergedEntity() {
    store.commit(third());
    store.split(HAFTAR.id(), "Haftar", SPLIT, List.of(), AT);

    store.merge(HIFTER.id(), SPLIT.id(), false, AT);

    assertThat(store.splitOff(HAFTAR.id())).containsExactly(Map.entry("Haftar", HIFTER.id()));
  }

  // ---- rename ----

  @Test
  void renameChangesTheNameAndAddsKeys() {
    store.rename(
        HAFTAR.id(),
        "  Khalifa Belqasim Haftar ",
        List.of(new EntityKey("khalifa belqasim haftar", EntityType.PERSON, HAFTAR.id())),
        AT);

    EntityHead renamed = new EntityHead(HAFTAR.id(), EntityType.PERSON, "Khalifa Belqasim Haftar");
    assertThat(store.entity(HAFTAR.id()).orElseThrow().name()).isEqualTo(renamed.name());
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa belqasim haftar"))
        .containsExactly(renamed);
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar")).containsExactly(renamed);
    assertThat(store.search("Belqasim", 10)).extracting(SearchHit::id).contains(HAFTAR.id());
  }

  @Test
  void renameRefusesBlankMultiLineAndUnchangedNames() {
    for (String bad : List.of(" ", "Khalifa\nHaftar", "Khalifa Haftar")) {
      assertThatThrownBy(() -> store.rename(HAFTAR.id(), bad, List.of(), AT))
          .isInstanceOf(CurationException.class)
          .hasMessageContaining("e-haftar")
          .hasMessageNotContaining("\n")
          .extracting(e -> ((CurationException) e).reason())
          .isEqualTo(CurationException.Reason.INVALID_NAME);
    }
    assertThatThrownBy(() -> store.rename("e-nobody", "X", List.of(), AT))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody");
  }

  // ---- the log and the index ----

  @Test
  void decisionsAreLoggedWithTheTimeTheCallerGives() throws SQLException {
    store.commit(third());
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);
    store.split(HAFTAR.id(), "Hifter", SPLIT, List.of(), AT.plusSeconds(60));
    store.rename(HAFTAR.id(), "Khalifa Belqasim Haftar", List.of(), AT.plusSeconds(120));

    List<List<String>> log = new ArrayList<>();
    try (Connection connection = connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT op, entity_id, other_id, name, old_name, created_at FROM curation"
                        + " ORDER BY seq")) {
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          row.add(rows.getString(i));
        }
        log.add(row);
      }
    }
    assertThat(log)
        .containsExactly(
            Arrays.asList(
                "merge", "e-haftar", "e-hifter", "Khalifa Hifter", null, "2017-08-01T10:15:30Z"),
            Arrays.asList("split", "e-haftar", "e-split", "Hifter", null, "2017-08-01T10:16:30Z"),
            Arrays.asList(
                "rename",
                "e-haftar",
                null,
                "Khalifa Belqasim Haftar",
                "Khalifa Haftar",
                "2017-08-01T10:17:30Z"));
  }

  @Test
  void decisionsSurviveReopeningAndALostIndexCommit() throws IOException {
    assumeTrue(embedded(), "looks inside the store folder");
    store.commit(third());
    store.close();
    Path index = dir.resolve(SqliteKnowledgeBase.INDEX_FOLDER);
    Path snapshot = dir.resolveSibling(dir.getFileName() + "-index-snapshot");
    copyFolder(index, snapshot);
    store = reopen();
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);
    store.split(HAFTAR.id(), "Haftar", SPLIT, List.of(), AT);
    store.rename(HAFTAR.id(), "Khalifa Belqasim Haftar", List.of(), AT);
    List<Entity> entities = store.entities(0, 10);
    store.close();
    // the index goes back to its state before the decisions, as if they never reached it
    deleteRecursively(index);
    copyFolder(snapshot, index);
    deleteRecursively(snapshot);

    store = reopen();

    assertThat(store.entities(0, 10)).isEqualTo(entities);
    assertThat(store.search("Hifter", 10))
        .extracting(SearchHit::id)
        .contains(HAFTAR.id())
        .doesNotContain(HIFTER.id());
    assertThat(store.search("Belqasim", 10)).extracting(SearchHit::id).contains(HAFTAR.id());
    assertThat(store.search("Haftar", 10)).extracting(SearchHit::id).contains(SPLIT.id());
  }

  @Test
  void theMigrationComputesAliasesOfAnExistingStore() throws SQLException {
    assumeTrue(embedded(), "looks inside the store folder");
    store.commit(third());
    List<Entity> before = store.entities(0, 10);
    store.close();
    // back to schema version 1, as a store written before curation and events existed
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "document_signatures",
              "document_bands",
              "forbidden_names",
              "entity_redirects",
              "curation",
              "entity_aliases",
              "event_mentions",
              "claim_mentions",
              "event_entities",
              "event_documents",
              "claim_entities",
              "derived_state",
              "events",
              "claims",
              "relations")) {
        statement.execute("DROP TABLE " + table);
      }
      // the placeholders of version 1
      statement.execute(
          "CREATE TABLE events (id TEXT PRIMARY KEY, body TEXT NOT NULL CHECK (json_valid(body)))");
      statement.execute(
          "CREATE TABLE claims (id TEXT PRIMARY KEY, body TEXT NOT NULL CHECK (json_valid(body)))");
      statement.execute(
          "CREATE TABLE relations (id TEXT PRIMARY KEY, body TEXT NOT NULL"
              + " CHECK (json_valid(body)))");
      statement.execute("DELETE FROM flyway_schema_history WHERE version IN ('2', '3', '4', '5')");
    }

    store = reopen();

    assertThat(store.entities(0, 10)).isEqualTo(before);
    assertAliasesMatchMentions();
  }

  // ---- helpers ----

  /** Aliases recomputed from the mentions, as the first version of the store did. */
  private void assertAliasesMatchMentions() {
    Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
    Map<String, Map<String, String>> rules = new LinkedHashMap<>();
    store.forEachMention(
        m -> {
          counts.computeIfAbsent(m.entity(), e -> new LinkedHashMap<>())
              .computeIfAbsent(m.text(), t -> new int[1])[0]++;
          rules
              .computeIfAbsent(m.entity(), e -> new LinkedHashMap<>())
              .putIfAbsent(m.text(), SqliteKnowledgeBase.linkRule(m.rule()));
        });
    store.forEachEntity(
        entity -> {
          List<Alias> expected = new ArrayList<>();
          counts
              .getOrDefault(entity.id(), Map.of())
              .forEach(
                  (name, n) ->
                      expected.add(new Alias(name, n[0], rules.get(entity.id()).get(name))));
          expected.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
          assertThat(entity.aliases()).as(entity.id()).isEqualTo(expected);
          assertThat(store.names(entity.id())).isEqualTo(expected);
        });
    assertThat(counts.keySet())
        .allSatisfy(id -> assertThat(store.entity(id)).map(Entity::id).contains(id));
  }

  private List<ResolvedMention> allMentions() {
    List<ResolvedMention> all = new ArrayList<>();
    store.forEachMention(all::add);
    return all;
  }

  /** A connection to the database of the store under test, beside the store's own. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:sqlite:" + dir.resolve(SqliteKnowledgeBase.DATABASE_FILE));
  }

  /** Makes the database refuse every insert into {@code table} (a trigger). */
  void refuseInserts(String table) throws SQLException {
    sql(
        "CREATE TRIGGER refuse BEFORE INSERT ON "
            + table
            + " BEGIN SELECT RAISE(ABORT, 'no'); END");
  }

  /** Undoes {@link #refuseInserts}. */
  void allowInserts(String table) throws SQLException {
    sql("DROP TRIGGER refuse");
  }

  void sql(String statement) throws SQLException {
    try (Connection connection = connect();
        Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  private long count(String table) throws SQLException {
    try (Connection connection = connect();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
