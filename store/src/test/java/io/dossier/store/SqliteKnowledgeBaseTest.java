// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.Fixtures.article;
import static io.dossier.store.Fixtures.mention;
import static io.dossier.store.Fixtures.plain;
import static io.dossier.store.Fixtures.resolved;
import static io.dossier.store.Fixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.StorageException;
import io.dossier.model.TimeExpression;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKnowledgeBaseTest {

  static final EntityHead HAFTAR = new EntityHead("e-haftar", EntityType.PERSON, "Khalifa Haftar");
  static final EntityHead LNA =
      new EntityHead("e-lna", EntityType.ORGANIZATION, "Libyan National Army");
  static final EntityHead BENGHAZI = new EntityHead("e-benghazi", EntityType.LOCATION, "Benghazi");

  static final Article FIRST =
      article(
          "d-first",
          "Field Marshal Khalifa Haftar met officials in Benghazi on July 17, 2017. Haftar said"
              + " the Libyan National Army (LNA) would advance.");
  static final Article SECOND =
      article(
          "d-second",
          "Khalifa Haftar visited Cairo. Haftar met Egyptian officials; Haftar returned to"
              + " Bengházi.");

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
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Khalifa Haftar, the LNA and Benghazi, all new. */
  static ResolvedDocument first() {
    return resolved(
        FIRST,
        List.of(time(FIRST, "July 17, 2017", "2017-07-17")),
        List.of(HAFTAR, BENGHAZI, LNA),
        List.of(
            new ResolvedMention(
                HAFTAR.id(),
                FIRST.id(),
                Fixtures.span(FIRST, "Khalifa Haftar", 0),
                "Khalifa Haftar",
                "Field Marshal",
                "ner:conll4;canonical"),
            mention(FIRST, BENGHAZI.id(), "Benghazi", 0, "canonical"),
            mention(FIRST, HAFTAR.id(), "Haftar", 1, "surname-of-full-name"),
            mention(FIRST, LNA.id(), "Libyan National Army", 0, "canonical"),
            mention(FIRST, LNA.id(), "LNA", 0, "acronym-defined-in-text")),
        List.of(
            new EntityKey("khalifa haftar", EntityType.PERSON, HAFTAR.id()),
            new EntityKey("benghazi", EntityType.LOCATION, BENGHAZI.id()),
            new EntityKey("libyan national army", EntityType.ORGANIZATION, LNA.id()),
            new EntityKey("lna", EntityType.ORGANIZATION, LNA.id())));
  }

  /** Haftar again (linked by his full name), nothing new. */
  static ResolvedDocument second() {
    return resolved(
        SECOND,
        List.of(),
        List.of(
            mention(SECOND, HAFTAR.id(), "Khalifa Haftar", 0, "exact-name"),
            mention(SECOND, HAFTAR.id(), "Haftar", 1, "surname-of-full-name"),
            mention(SECOND, HAFTAR.id(), "Haftar", 2, "surname-of-full-name")),
        List.of(new EntityKey("khalifa haftar", EntityType.PERSON, HAFTAR.id())));
  }

  // ---- documents ----

  @Test
  void articleWithEveryFieldRoundTrips() {
    Article full =
        new Article(
            "d-full",
            "feeds/voa.xml#12",
            "VOA",
            "Haftar advances",
            LocalDate.of(2017, 7, 24),
            PublishedBasis.INFERRED,
            "en",
            "Body text with ünïcödé and \"quotes\".\nSecond line.",
            List.of("Subscribe to our newsletter", "", "Read more: other story"),
            "https://www.voanews.com/a/haftar/123.html",
            "abc123",
            "d-original");

    assertThat(store.commit(plain(full))).isTrue();

    assertThat(store.document("d-full")).contains(full);
  }

  @Test
  void articleWithNullFieldsRoundTrips() {
    Article bare =
        new Article(
            "d-bare",
            "notes.txt",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "en",
            "",
            List.of(),
            null,
            "e3b0",
            null);

    store.commit(plain(bare));

    assertThat(store.document("d-bare")).contains(bare);
    assertThat(store.document("d-missing")).isEmpty();
  }

  @Test
  void timeExpressionsRoundTripInStoredOrder() {
    Article article = article("d-times", "On Sunday, July 16, 2017 and for three years since.");
    List<TimeExpression> times =
        List.of(
            new TimeExpression(Fixtures.span(article, "Sunday", 0), "Sunday", "DATE", null),
            time(article, "July 16, 2017", "2017-07-16"),
            new TimeExpression(
                Fixtures.span(article, "three years", 0), "three years", "DURATION", "P3Y"));

    store.commit(resolved(article, times, List.of(), List.of(), List.of()));

    assertThat(store.times("d-times")).isEqualTo(times);
    assertThat(store.times("d-missing")).isEmpty();
  }

  @Test
  void documentsAreListedInIngestOrderWithPaging() {
    List<String> ids = List.of("d-c", "d-a", "d-b", "d-e", "d-d");
    ids.forEach(id -> store.commit(plain(article(id, "Text of " + id))));

    assertThat(store.documentCount()).isEqualTo(5);
    assertThat(store.documents(0, 10)).extracting(Article::id).isEqualTo(ids);
    assertThat(store.documents(1, 2)).extracting(Article::id).containsExactly("d-a", "d-b");
    assertThat(store.documents(5, 2)).isEmpty();
    assertThat(store.documents(0, 0)).isEmpty();
    List<String> streamed = new ArrayList<>();
    store.forEachDocument(article -> streamed.add(article.id()));
    assertThat(streamed).isEqualTo(ids);
  }

  @Test
  void negativePagingArgumentsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> store.documents(-1, 5)).hasMessageContaining("offset");
    assertThatThrownBy(() -> store.entities(0, -5)).hasMessageContaining("limit");
  }

  @Test
  void documentIdByContentHashFindsTheStoredDocument() {
    store.commit(plain(FIRST));

    assertThat(store.documentIdByContentHash(FIRST.contentHash())).contains("d-first");
    assertThat(store.documentIdByContentHash("no-such-hash")).isEmpty();
    assertThat(store.containsDocument("d-first")).isTrue();
    assertThat(store.containsDocument("d-second")).isFalse();
  }

  @Test
  void recommittingTheSameDocumentIsANoOp() {
    assertThat(store.commit(first())).isTrue();

    ResolvedDocument again = first();
    assertThat(store.commit(again)).isFalse();

    assertThat(store.documentCount()).isEqualTo(1);
    assertThat(store.entityCount()).isEqualTo(3);
    assertThat(store.mentionCount()).isEqualTo(5);
    assertThat(store.times(FIRST.id())).hasSize(1);
    assertThat(store.search("Benghazi", 10))
        .filteredOn(hit -> hit.kind().equals(SearchHit.DOCUMENT))
        .hasSize(1);
  }

  // ---- entities and mentions ----

  @Test
  void entitiesHaveAliasesCountsAndDocumentsComputedFromMentions() {
    store.commit(first());
    store.commit(second());

    Entity haftar = store.entity(HAFTAR.id()).orElseThrow();

    assertThat(haftar.name()).isEqualTo("Khalifa Haftar");
    assertThat(haftar.type()).isEqualTo(EntityType.PERSON);
    assertThat(haftar.mentions()).isEqualTo(5);
    assertThat(haftar.documents()).containsExactly("d-first", "d-second");
    // most used form first; the rule is the link part of the first mention's rule
    assertThat(haftar.aliases())
        .containsExactly(
            new Alias("Haftar", 3, "surname-of-full-name"),
            new Alias("Khalifa Haftar", 2, "canonical"));
    assertThat(store.entity(LNA.id()).orElseThrow().aliases())
        .containsExactly(
            new Alias("Libyan National Army", 1, "canonical"),
            new Alias("LNA", 1, "acronym-defined-in-text"));
    assertThat(store.entity("e-missing")).isEmpty();
  }

  @Test
  void entitiesAreListedInCreationOrder() {
    store.commit(first());
    store.commit(second());

    assertThat(store.entityCount()).isEqualTo(3);
    assertThat(store.entities(0, 10))
        .extracting(Entity::id, Entity::mentions)
        .containsExactly(tuple("e-haftar", 5), tuple("e-benghazi", 1), tuple("e-lna", 2));
    assertThat(store.entities(1, 1)).extracting(Entity::id).containsExactly("e-benghazi");
    List<Entity> streamed = new ArrayList<>();
    store.forEachEntity(streamed::add);
    assertThat(streamed).isEqualTo(store.entities(0, 10));
  }

  @Test
  void entityWithoutMentionsHasNoAliases() {
    EntityHead lonely = new EntityHead("e-lonely", EntityType.MISC, "Lonely");
    store.commit(resolved(FIRST, List.of(lonely), List.of(), List.of()));

    assertThat(store.entity("e-lonely"))
        .contains(new Entity("e-lonely", EntityType.MISC, "Lonely", List.of(), 0, List.of()));
  }

  @Test
  void linkRuleIsWhatFollowsTheFirstSemicolon() {
    assertThat(SqliteKnowledgeBase.linkRule("ner:conll4;canonical")).isEqualTo("canonical");
    assertThat(SqliteKnowledgeBase.linkRule("exact-name")).isEqualTo("exact-name");
    assertThat(SqliteKnowledgeBase.linkRule("ner;a;b")).isEqualTo("a;b");
  }

  @Test
  void entitiesByKeyFindsEntitiesOfThatTypeOldestFirst() {
    store.commit(first());
    EntityHead namesake = new EntityHead("e-haftar-2", EntityType.PERSON, "Khalifa Haftar");
    Article other = article("d-other", "Another Khalifa Haftar.");
    store.commit(
        resolved(
            other,
            List.of(namesake),
            List.of(mention(other, namesake.id(), "Khalifa Haftar", 0, "canonical")),
            List.of(new EntityKey("khalifa haftar", EntityType.PERSON, namesake.id()))));

    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar"))
        .containsExactly(HAFTAR, namesake);
    assertThat(store.entitiesByKey(EntityType.ORGANIZATION, "lna")).containsExactly(LNA);
    assertThat(store.entitiesByKey(EntityType.LOCATION, "khalifa haftar")).isEmpty();
    assertThat(store.entitiesByKey(EntityType.PERSON, "haftar")).isEmpty();
  }

  @Test
  void entitiesByKeyWithALimitReadsOnlyTheOldest() {
    store.commit(first());
    EntityHead namesake = new EntityHead("e-haftar-2", EntityType.PERSON, "Khalifa Haftar");
    Article other = article("d-other", "Another Khalifa Haftar.");
    store.commit(
        resolved(
            other,
            List.of(namesake),
            List.of(mention(other, namesake.id(), "Khalifa Haftar", 0, "canonical")),
            List.of(new EntityKey("khalifa haftar", EntityType.PERSON, namesake.id()))));

    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar", 1)).containsExactly(HAFTAR);
    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar", 5))
        .containsExactly(HAFTAR, namesake);
    assertThatThrownBy(() -> store.entitiesByKey(EntityType.PERSON, "khalifa haftar", 0))
        .hasMessageContaining("limit");
  }

  @Test
  void keysRegisteredAgainAreKeptOnce() {
    store.commit(first());
    store.commit(second());

    assertThat(store.entitiesByKey(EntityType.PERSON, "khalifa haftar")).containsExactly(HAFTAR);
  }

  @Test
  void mentionsAreReadByDocumentByEntityAndInExportOrder() {
    store.commit(first());
    store.commit(second());

    assertThat(store.mentionsOfDocument(FIRST.id()))
        .extracting(ResolvedMention::text)
        .containsExactly("Khalifa Haftar", "Benghazi", "Haftar", "Libyan National Army", "LNA");
    assertThat(store.mentionsOfDocument(FIRST.id()).get(0)).isEqualTo(first().mentions().get(0));
    assertThat(store.mentionsOfEntity(HAFTAR.id()))
        .extracting(ResolvedMention::document, ResolvedMention::span)
        .containsExactly(
            tuple("d-first", Fixtures.span(FIRST, "Khalifa Haftar", 0)),
            tuple("d-first", Fixtures.span(FIRST, "Haftar", 1)),
            tuple("d-second", Fixtures.span(SECOND, "Khalifa Haftar", 0)),
            tuple("d-second", Fixtures.span(SECOND, "Haftar", 1)),
            tuple("d-second", Fixtures.span(SECOND, "Haftar", 2)));
    List<ResolvedMention> all = new ArrayList<>();
    store.forEachMention(all::add);
    assertThat(all).hasSize(8);
    assertThat(all.subList(0, 5)).isEqualTo(store.mentionsOfDocument(FIRST.id()));
    assertThat(all.subList(5, 8)).isEqualTo(store.mentionsOfDocument(SECOND.id()));
    assertThat(all).allSatisfy(m -> assertThat(textOf(m)).isEqualTo(m.text()));
  }

  private String textOf(ResolvedMention mention) {
    return mention.span().of(store.document(mention.document()).orElseThrow().text());
  }

  // ---- atomicity and validation ----

  @Test
  void aFailedCommitStoresNothingOfTheDocument() {
    store.commit(first());
    Article article = article("d-broken", "Khalifa Haftar met Aguila Saleh on 2017-07-20.");
    EntityHead saleh = new EntityHead("e-saleh", EntityType.PERSON, "Aguila Saleh");
    ResolvedDocument broken =
        resolved(
            article,
            List.of(time(article, "2017-07-20", "2017-07-20")),
            List.of(saleh),
            List.of(
                mention(article, HAFTAR.id(), "Khalifa Haftar", 0, "exact-name"),
                mention(article, saleh.id(), "Aguila Saleh", 0, "canonical"),
                // neither stored nor created by this document: the foreign key refuses it
                mention(article, "e-nobody", "Saleh", 0, "surname-of-full-name")),
            List.of(new EntityKey("aguila saleh", EntityType.PERSON, saleh.id())));

    assertThatThrownBy(() -> store.commit(broken))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("d-broken")
        .hasMessageContaining("nothing of the document was stored");

    assertThat(store.containsDocument("d-broken")).isFalse();
    assertThat(store.documentIdByContentHash(article.contentHash())).isEmpty();
    assertThat(store.times("d-broken")).isEmpty();
    assertThat(store.entity("e-saleh")).isEmpty();
    assertThat(store.entitiesByKey(EntityType.PERSON, "aguila saleh")).isEmpty();
    assertThat(store.mentionsOfDocument("d-broken")).isEmpty();
    assertThat(store.entity(HAFTAR.id()).orElseThrow().mentions()).isEqualTo(2);
    assertThat(store.documentCount()).isEqualTo(1);
    assertThat(store.search("Saleh", 10)).isEmpty();
    // the store stays usable, and the corrected document goes in
    assertThat(store.commit(second())).isTrue();
  }

  @Test
  void aNewEntityWithAnExistingIdStoresNothing() {
    store.commit(first());
    Article article = article("d-clash", "Benghazi again.");

    assertThatThrownBy(
            () ->
                store.commit(
                    resolved(
                        article,
                        List.of(BENGHAZI),
                        List.of(mention(article, BENGHAZI.id(), "Benghazi", 0, "canonical")),
                        List.of())))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("d-clash");
    assertThat(store.containsDocument("d-clash")).isFalse();
    assertThat(store.mentionCount()).isEqualTo(5);
  }

  @Test
  void aMentionOfAnotherDocumentIsRejectedBeforeWriting() {
    ResolvedMention foreign =
        new ResolvedMention(HAFTAR.id(), "d-elsewhere", new Span(0, 6), "Khalif", null, "x");

    assertThatThrownBy(
            () -> store.commit(resolved(FIRST, List.of(HAFTAR), List.of(foreign), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d-first")
        .hasMessageContaining("d-elsewhere");
    assertThat(store.documentCount()).isZero();
  }

  @Test
  void aMentionWhoseSpanDoesNotCoverItsTextIsRejected() {
    ResolvedMention shifted =
        new ResolvedMention(HAFTAR.id(), FIRST.id(), new Span(0, 6), "Haftar", null, "x");
    ResolvedMention outside =
        new ResolvedMention(HAFTAR.id(), FIRST.id(), new Span(500, 506), "Haftar", null, "x");

    for (ResolvedMention bad : List.of(shifted, outside)) {
      assertThatThrownBy(
              () -> store.commit(resolved(FIRST, List.of(HAFTAR), List.of(bad), List.of())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Haftar' does not match the text at [" + bad.span().start());
    }
    assertThat(store.documentCount()).isZero();
  }

  // ---- persistence ----

  @Test
  void mentionsOfAnEntityComeInPagesInTheSameOrder() {
    store.commit(first());
    store.commit(second());
    List<ResolvedMention> all = store.mentionsOfEntity(HAFTAR.id());
    assertThat(all).hasSizeGreaterThanOrEqualTo(3);
    List<ResolvedMention> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < all.size() + 2; offset += 2) {
      paged.addAll(store.mentionsOfEntity(HAFTAR.id(), offset, 2));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(store.mentionsOfEntity(HAFTAR.id(), 1, 1)).containsExactly(all.get(1));
    assertThat(store.mentionsOfEntity(HAFTAR.id(), 0, 0)).isEmpty();
    assertThat(store.mentionsOfEntity(HAFTAR.id(), all.size(), 5)).isEmpty();
  }

  @Test
  void reopeningTheStoreKeepsEverything() {
    store.commit(first());
    store.commit(second());
    List<Article> documents = store.documents(0, 10);
    List<Entity> entities = store.entities(0, 10);
    List<ResolvedMention> mentions = store.mentionsOfEntity(HAFTAR.id());
    store.close();

    store = reopen();

    assertThat(store.documents(0, 10)).isEqualTo(documents);
    assertThat(store.entities(0, 10)).isEqualTo(entities);
    assertThat(store.mentionsOfEntity(HAFTAR.id())).isEqualTo(mentions);
    assertThat(store.times(FIRST.id())).isEqualTo(first().analysis().times());
    assertThat(store.entitiesByKey(EntityType.ORGANIZATION, "lna")).containsExactly(LNA);
    assertThat(store.search("Haftar", 10)).extracting(SearchHit::id).contains("e-haftar");
    // ingest numbers continue after the stored ones
    store.commit(plain(article("d-third", "Third.")));
    assertThat(store.documents(0, 10))
        .extracting(Article::id)
        .containsExactly("d-first", "d-second", "d-third");
  }

  @Test
  void closingTwiceDoesNothing() {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.documentCount()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.search("Haftar", 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> store.commit(first())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void schemaHasPlaceholderTablesForLaterStages() throws SQLException {
    assumeTrue(embedded(), "looks inside the store folder");
    store.close();
    List<String> tables = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(SqliteKnowledgeBase.DATABASE_FILE));
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    store = reopen();

    assertThat(tables)
        .contains(
            "documents",
            "document_removed",
            "times",
            "entities",
            "mentions",
            "entity_keys",
            "events",
            "claims",
            "relations");
  }
}
