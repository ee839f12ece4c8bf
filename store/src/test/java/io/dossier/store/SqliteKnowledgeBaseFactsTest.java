// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.ActorRole;
import io.dossier.model.Article;
import io.dossier.model.Casualties;
import io.dossier.model.CasualtyCount;
import io.dossier.model.CasualtyReport;
import io.dossier.model.Claim;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.DatePrecision;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.Event;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventLocation;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Evidence;
import io.dossier.model.Geocode;
import io.dossier.model.Modality;
import io.dossier.model.Participant;
import io.dossier.model.Provenance;
import io.dossier.model.Relation;
import io.dossier.model.RelationPredicate;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKnowledgeBaseFactsTest {

  private static final String TEXT =
      "Fighters executed 18 prisoners in Benghazi on Sunday. \"We deny it,\" the KNA said.";

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

  private static EventMention execution(Article a) {
    Span trigger = Fixtures.span(a, "executed", 0);
    return new EventMention(
        new Provenance(a.id(), trigger, "verb-lexicon", "1"),
        "executed",
        new Span(0, 53),
        EventType.ASSAULT,
        "execution",
        List.of(
            new EventActor(ActorRole.SOURCE, "Fighters", Fixtures.span(a, "Fighters", 0), null)),
        new EventDate("2017-07-23", DatePrecision.DAY, "on Sunday", Fixtures.span(a, "Sunday", 0)),
        new EventPlace("Benghazi", Fixtures.span(a, "Benghazi", 0), 0, "in"),
        new CasualtyCount(18, 18, "exact", Fixtures.span(a, "18", 0), "18"),
        null,
        Modality.ASSERTED,
        List.of(),
        null);
  }

  private static ClaimMention denial(Article a) {
    Span content = Fixtures.span(a, "We deny it,", 0);
    return new ClaimMention(
        new Provenance(a.id(), content, "quote-cue-after", "1"),
        ClaimKind.DIRECT,
        List.of(content),
        new Speaker("KNA", Fixtures.span(a, "KNA", 0), null, "named", null, null),
        "said",
        Fixtures.span(a, "said", 0),
        List.of(),
        Modality.DENIED,
        List.of(),
        List.of());
  }

  private ResolvedDocument document(Article a, Map<Integer, Geocode> geocodes) {
    return new ResolvedDocument(
        new DocumentAnalysis(a, List.of(), List.of(), List.of(execution(a)), List.of(denial(a))),
        List.of(),
        List.of(),
        List.of(),
        geocodes);
  }

  @Test
  void eventAndClaimMentionsAreStoredWithTheirDocument() {
    Article a = Fixtures.article("a", TEXT);
    Geocode benghazi = new Geocode("Benghazi", 32.1, 20.07, "LY", 88319, "only-candidate");
    store.commit(document(a, Map.of(0, benghazi)));

    assertThat(store.eventMentions("a")).containsExactly(execution(a));
    assertThat(store.geocodes("a")).containsExactly(Map.entry(0, benghazi));
    assertThat(store.claimMentions("a")).containsExactly(denial(a));
    assertThat(store.eventMentions("missing")).isEmpty();
  }

  @Test
  void aMentionOutsideItsTextIsRefusedAndNothingIsStored() {
    Article a = Fixtures.article("a", TEXT);
    Article shorter = Fixtures.article("a", TEXT.substring(0, 40));
    ResolvedDocument broken =
        new ResolvedDocument(
            new DocumentAnalysis(shorter, List.of(), List.of(), List.of(execution(a)), List.of()),
            List.of(),
            List.of(),
            List.of());
    assertThatThrownBy(() -> store.commit(broken)).hasMessageContaining("event sentence");
    assertThat(store.containsDocument("a")).isFalse();
  }

  @Test
  void derivedTablesAreReplacedAndQueriedByEntityDocumentAndDate() {
    Article a = Fixtures.article("a", TEXT);
    store.commit(document(a, Map.of()));
    assertThat(store.derivedState().current()).isFalse();

    Event july = event("v-1", "2017-07-23", DatePrecision.DAY, "e-kna");
    Event month = event("v-2", "2017-08", DatePrecision.MONTH, "e-other");
    Event undated = event("v-3", null, DatePrecision.UNKNOWN, "e-kna");
    ClaimMention m = denial(a);
    Claim claim =
        new Claim(
            "c-1",
            m,
            "We deny it,",
            "e-kna",
            null,
            List.of("e-lna"),
            "k-1",
            List.of(),
            List.of(),
            1,
            "VOA");
    DerivedState before = store.derivedState();
    Relation leads =
        new Relation(
            "r-1",
            "e-haddar",
            RelationPredicate.LEADS,
            "e-kna",
            List.of(
                new Evidence(
                    "a",
                    new Span(0, 25),
                    "KNA commander Idris Haddar",
                    "commander",
                    Modality.ASSERTED,
                    "text:body-role-person")),
            List.of("VOA"),
            1,
            List.of("a"));
    Relation opposes =
        new Relation(
            "r-2",
            "e-kna",
            RelationPredicate.OPPOSES,
            "e-lna",
            List.of(),
            List.of("VOA", "AFP"),
            2,
            List.of("a", "b"));
    store.replaceDerived(
        List.of(july, month, undated),
        List.of(claim),
        List.of(leads, opposes),
        before.documents(),
        before.curations());

    assertThat(store.derivedState().current()).isTrue();
    assertThat(store.eventCount()).isEqualTo(3);
    assertThat(store.event("v-2")).contains(month);
    assertThat(ids(store.events(new EventQuery("e-kna", null, null, null, 0, 10))))
        .containsExactly("v-1", "v-3");
    assertThat(
            ids(
                store.events(
                    new EventQuery(
                        null, null, LocalDate.of(2017, 8, 15), LocalDate.of(2017, 9, 1), 0, 10))))
        .containsExactly("v-2");
    assertThat(ids(store.events(new EventQuery(null, "a", null, null, 0, 10))))
        .containsExactly("v-1", "v-2", "v-3");
    assertThat(ids(store.events(EventQuery.page(1, 1)))).containsExactly("v-2");
    assertThat(store.claim("c-1")).contains(claim);
    assertThat(store.claims(new ClaimQuery("e-lna", null, null, 0, 10))).containsExactly(claim);
    assertThat(store.claims(new ClaimQuery(null, "e-lna", null, 0, 10))).isEmpty();
    assertThat(store.claims(new ClaimQuery(null, "e-kna", "a", 0, 10))).containsExactly(claim);
    assertThat(store.relation("r-1")).contains(leads);
    assertThat(store.relationsOf("e-kna", 10)).containsExactly(opposes, leads);
    assertThat(store.relationsOf("e-kna", 1)).containsExactly(opposes);
    assertThat(store.relationsOf("e-haddar", 10)).containsExactly(leads);
    assertThat(store.relationCount()).isEqualTo(2);

    store.replaceDerived(List.of(), List.of(), List.of(), before.documents(), before.curations());
    assertThat(store.eventCount()).isZero();
    assertThat(store.claimCount()).isZero();
    assertThat(store.relationCount()).isZero();
  }

  @Test
  void eventsAndClaimsAreFilteredByTypeOutletAndStandingAndCounted() {
    Article a = Fixtures.article("a", TEXT);
    store.commit(document(a, Map.of()));
    Event july = event("v-1", "2017-07-23", DatePrecision.DAY, "e-kna");
    Event other =
        new Event(
            "v-2",
            EventType.PROTEST,
            null,
            july.date(),
            null,
            List.of(),
            null,
            null,
            Modality.ASSERTED,
            july.evidence(),
            List.of("VOA"),
            1,
            List.of(),
            List.of("a"));
    ClaimMention m = denial(a);
    Claim single =
        new Claim(
            "c-1",
            m,
            "We deny it,",
            "e-kna",
            null,
            List.of(),
            "k-1",
            List.of(),
            List.of(),
            1,
            "VOA");
    Claim corroborated =
        new Claim(
            "c-2",
            m,
            "We deny it,",
            "e-kna",
            null,
            List.of(),
            "k-2",
            List.of("c-9"),
            List.of(new io.dossier.model.Contradiction("c-1", "denial")),
            2,
            "Reuters",
            75, // more than it lists: the totals are stored with it
            3);
    DerivedState before = store.derivedState();
    store.replaceDerived(
        List.of(july, other),
        List.of(single, corroborated),
        List.of(),
        before.documents(),
        before.curations());

    EventQuery protests = new EventQuery(null, null, null, null, "PROTEST", 0, 10);
    assertThat(ids(store.events(protests))).containsExactly("v-2");
    assertThat(store.eventCount(protests)).isEqualTo(1);
    assertThat(store.eventCount(new EventQuery("e-kna", null, null, null, 0, 0))).isEqualTo(1);
    assertThat(store.eventCount(EventQuery.page(0, 1))).isEqualTo(2);

    for (ClaimQuery.Status status : ClaimQuery.Status.values()) {
      ClaimQuery q = new ClaimQuery(null, null, null, null, status, 0, 10);
      List<Claim> expected = List.of(single, corroborated).stream().filter(status::test).toList();
      assertThat(store.claims(q)).as(status.wire()).isEqualTo(expected);
      assertThat(store.claimCount(q)).isEqualTo(expected.size());
    }
    assertThat(store.claims(new ClaimQuery(null, "e-kna", null, "Reuters", null, 0, 10)))
        .containsExactly(corroborated);
    assertThat(ClaimQuery.Status.ofWire("single-source")).contains(ClaimQuery.Status.SINGLE_SOURCE);
    assertThat(ClaimQuery.Status.ofWire("SINGLE_SOURCE")).isEmpty();
  }

  @Test
  void weekWindowsCoverMondayToSunday() {
    EventDate week = new EventDate("2017-W29", DatePrecision.WEEK, "week", null);
    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2017, 7, 17));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2017, 7, 23));
  }

  private static List<String> ids(List<Event> events) {
    List<String> ids = new ArrayList<>();
    events.forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static Event event(String id, String date, DatePrecision precision, String actor) {
    Article a = Fixtures.article("a", TEXT);
    CasualtyCount count = new CasualtyCount(18, 18, "exact", new Span(18, 20), "18");
    return new Event(
        id,
        EventType.ASSAULT,
        "execution",
        date == null ? EventDate.unknown("no date") : new EventDate(date, precision, "b", null),
        new EventLocation("Benghazi", null, "in", null),
        List.of(new Participant(actor, "KNA", ActorRole.SOURCE)),
        new Casualties(18, 18, 18, "lowest", List.of(new CasualtyReport("a", "VOA", count, null))),
        null,
        Modality.ASSERTED,
        List.of(
            new Evidence(
                "a",
                new Span(0, 53),
                TEXT.substring(0, 53),
                "executed",
                Modality.ASSERTED,
                "verb-lexicon/1")),
        List.of("VOA"),
        1,
        List.of(),
        List.of(a.id()));
  }
}
