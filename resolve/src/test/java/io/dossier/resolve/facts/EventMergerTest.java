// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.ActorRole;
import io.dossier.model.Casualties;
import io.dossier.model.CasualtyReport;
import io.dossier.model.DatePrecision;
import io.dossier.model.Event;
import io.dossier.model.EventDate;
import io.dossier.model.EventType;
import io.dossier.model.Evidence;
import io.dossier.model.Geocode;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Participant;
import io.dossier.resolve.facts.EventMerger.MentionRef;
import io.dossier.resolve.facts.EventMerger.Result;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private final EventMerger merger = new EventMerger();

  private static final String REUTERS_TEXT =
      "KNA fighters executed 18 prisoners in Wadi Sar on Sunday.";

  private Result merge(Doc... docs) {
    return merger.merge(Arrays.stream(docs).map(Doc::facts).toList(), Doc::name);
  }

  private static String idOf(String document, int index) {
    return Ids.hashed("v", document + "#" + index);
  }

  /** Reuters, 24 July: the KNA executed 18 prisoners in Wadi Sar on Sunday 23 July. */
  private static Doc reuters() {
    Doc d =
        doc("d-reuters", "Reuters", "2017-07-24", REUTERS_TEXT)
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .target("prisoners")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();
    return d;
  }

  /** AP, 25 July: the KNA executed 20 detainees in Wadi Sar on 23 July. */
  private static Doc ap() {
    Doc d =
        doc(
                "d-ap",
                "AP",
                "2017-07-25",
                "The KNA executed 20 detainees in Wadi Sar on July 23, residents said.")
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .target("detainees")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("20 detainees", 20)
        .modality(Modality.REPORTED)
        .add();
    return d;
  }

  /** A KNA event of {@code type}/{@code mode} in {@code place} on {@code day} (null: undated). */
  private static Doc kna(
      String id,
      @Nullable String published,
      EventType type,
      @Nullable String mode,
      String place,
      @Nullable String day) {
    Doc d =
        doc(id, "Outlet of " + id, published, "KNA units struck " + place + " again.")
            .entity("e-kna", "KNA");
    Doc.EventBuilder e = d.event("struck", type, mode).source("KNA").in(place);
    if (day != null) {
      e.on(day);
    }
    e.add();
    return d;
  }

  /** An undated report of the Wadi Sar executions with no shared actor, published then. */
  private static Doc undatedWadiSar(String id, @Nullable String published) {
    Doc d = doc(id, "Karesh Voice", published, "Witnesses described the executions in Wadi Sar.");
    d.event("executions", EventType.ASSAULT, "execution").in("Wadi Sar").add();
    return d;
  }

  @Test
  void eighteenAndTwentyKilledInTwoOutletsAreOneEventWithBothFigures() {
    Result result = merge(reuters(), ap());

    assertThat(result.events()).hasSize(1);
    Event event = result.events().get(0);
    Casualties killed = event.fatalities();
    assertThat(killed).isNotNull();
    assertThat(killed.min()).isEqualTo(18);
    assertThat(killed.max()).isEqualTo(20);
    assertThat(killed.conservative()).isEqualTo(18);
    assertThat(killed.disputed()).isTrue();
    assertThat(killed.reports())
        .extracting(
            CasualtyReport::document,
            CasualtyReport::outlet,
            r -> r.count().low(),
            r -> r.count().text(),
            CasualtyReport::duplicateOf)
        .containsExactly(
            tuple("d-reuters", "Reuters", 18, "18 prisoners", null),
            tuple("d-ap", "AP", 20, "20 detainees", null));
    assertThat(killed.rule())
        .isEqualTo(
            "lowest of 2 reports from 2 independent sources (18 to 20),"
                + " as ACLED codes disputed figures");
    assertThat(event.injured()).isNull();
    assertThat(event.sources()).containsExactly("Reuters", "AP");
    assertThat(event.independentSources()).isEqualTo(2);
    assertThat(event.documents()).containsExactly("d-reuters", "d-ap");
  }

  @Test
  void mergedEventKeepsTypeDatePlaceActorsModalityAndEvidence() {
    Event event = merge(reuters(), ap()).events().get(0);

    assertThat(event.type()).isEqualTo(EventType.ASSAULT);
    assertThat(event.mode()).isEqualTo("execution");
    assertThat(event.date().value()).isEqualTo("2017-07-23");
    assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(event.date().basis())
        .isEqualTo("time expression governing the event (in d-reuters; 2 reports give this date)");
    assertThat(event.location()).isNotNull();
    assertThat(event.location().name()).isEqualTo("Wadi Sar");
    assertThat(event.location().entity()).isEqualTo("e-wadi-sar");
    assertThat(event.location().relation()).isEqualTo("in");
    assertThat(event.actors())
        .containsExactly(
            new Participant("e-kna", "Karesh National Army", ActorRole.SOURCE),
            new Participant(null, "prisoners", ActorRole.TARGET),
            new Participant(null, "detainees", ActorRole.TARGET));
    // asserted by Reuters beats reported by AP
    assertThat(event.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(event.evidence())
        .extracting(Evidence::document, Evidence::text, Evidence::trigger, Evidence::modality)
        .containsExactly(
            tuple("d-reuters", REUTERS_TEXT, "executed", Modality.ASSERTED),
            tuple(
                "d-ap",
                "The KNA executed 20 detainees in Wadi Sar on July 23, residents said.",
                "executed",
                Modality.REPORTED));
    assertThat(event.respondsTo()).isEmpty();
  }

  @Test
  void idComesFromTheFirstMentionAndEveryMentionMapsToIt() {
    Result result = merge(reuters(), ap());

    String id = idOf("d-reuters", 0);
    assertThat(id).startsWith("v-").doesNotStartWith("v--").hasSize(18);
    assertThat(result.events().get(0).id()).isEqualTo(id);
    assertThat(result.eventOf())
        .containsOnly(
            org.assertj.core.api.Assertions.entry(new MentionRef("d-reuters", 0), id),
            org.assertj.core.api.Assertions.entry(new MentionRef("d-ap", 0), id));
  }

  @Test
  void idIsStableWhenLaterDocumentsJoin() {
    String alone = merge(reuters()).events().get(0).id();
    String joined = merge(reuters(), ap()).events().get(0).id();
    String otherOrder = merge(ap(), reuters()).events().get(0).id();

    assertThat(joined).isEqualTo(alone).isEqualTo(idOf("d-reuters", 0));
    assertThat(otherOrder).isEqualTo(idOf("d-ap", 0));
  }

  @Test
  void wireCopyDoesNotAddAnIndependentSource() {
    Doc copy =
        doc("d-times", "Karesh Times", "2017-07-24", REUTERS_TEXT)
            .copyOf("d-reuters")
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    copy.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();

    Event event = merge(reuters(), copy).events().get(0);

    assertThat(event.sources()).containsExactly("Reuters", "Karesh Times");
    assertThat(event.independentSources()).isEqualTo(1);
    Casualties killed = event.fatalities();
    assertThat(killed.min()).isEqualTo(18);
    assertThat(killed.max()).isEqualTo(18);
    assertThat(killed.disputed()).isFalse();
    assertThat(killed.reports())
        .extracting(CasualtyReport::document, CasualtyReport::duplicateOf)
        .containsExactly(tuple("d-reuters", null), tuple("d-times", "d-reuters"));
    assertThat(killed.rule()).isEqualTo("all 2 report(s) from 1 independent source(s) give 18");
  }

  @Test
  void wireCopyPlusAnotherOutletCountsTwoIndependentSources() {
    Doc copy = doc("d-times", "Karesh Times", "2017-07-24", REUTERS_TEXT).copyOf("d-reuters");
    copy.event("executed", EventType.ASSAULT, "execution").in("Wadi Sar").on("2017-07-23").add();

    Event event = merge(reuters(), copy, ap()).events().get(0);

    assertThat(event.sources()).containsExactly("Reuters", "Karesh Times", "AP");
    assertThat(event.independentSources()).isEqualTo(2);
    assertThat(event.fatalities().rule()).startsWith("lowest of 2 reports from 2 independent");
  }

  @Test
  void twoArticlesOfOneOutletCountOnce() {
    Doc first = doc("d-r1", "Reuters", "2017-07-24", "KNA units struck Wadi Sar again.");
    first.event("struck", EventType.ASSAULT, "execution").in("Wadi Sar").add();
    Doc later = doc("d-r2", "Reuters", "2017-07-25", "KNA units struck Wadi Sar again.");
    later.event("struck", EventType.ASSAULT, "execution").in("Wadi Sar").add();

    Event event = merge(first, later).events().get(0);

    assertThat(event.documents()).containsExactly("d-r1", "d-r2");
    assertThat(event.sources()).containsExactly("Reuters");
    assertThat(event.independentSources()).isEqualTo(1);
  }

  @Test
  void documentWithoutOutletCountsUnderItsId() {
    Doc a = doc("d-blog", null, "2017-07-24", "KNA units struck Wadi Sar again.");
    a.event("struck", EventType.ASSAULT, "execution").in("Wadi Sar").add();

    Event event = merge(a).events().get(0);

    assertThat(event.sources()).containsExactly("d-blog");
    assertThat(event.independentSources()).isEqualTo(1);
  }

  @Test
  void differentPlacesAreTwoEvents() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.ASSAULT, "airstrike", "Kefr Dala", "2017-07-23"));

    assertThat(result.events()).hasSize(2);
    assertThat(result.events())
        .extracting(e -> e.location().name())
        .containsExactly("Wadi Sar", "Kefr Dala");
    assertThat(result.eventOf().get(new MentionRef("d-2", 0))).isEqualTo(idOf("d-2", 0));
  }

  @Test
  void placeNamesAreComparedWithCaseAccentsAndLeadingTheFolded() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.ASSAULT, "airstrike", "the WÁDI-SAR", "2017-07-23"));

    assertThat(result.events()).hasSize(1);
    assertThat(EventMerger.placeKey("The Wádi-Sar")).isEqualTo("wadi sar");
  }

  @Test
  void differentlyNamedPlacesWithinTheDistanceJoinWhenAnActorIsShared() {
    Doc b = doc("d-2", "AP", "2017-07-24", "KNA units struck Sar Valley again.");
    b.entity("e-kna", "KNA");
    b.event("struck", EventType.ASSAULT, "airstrike")
        .source("KNA")
        .in("Sar Valley")
        .on("2017-07-23")
        .at(new Geocode("Sar Valley", 32.15, 20.15, "KR", 2, "only-candidate"))
        .add();
    Doc far = doc("d-3", "AFP", "2017-07-24", "KNA units struck Kefr Dala again.");
    far.entity("e-kna", "KNA");
    far.event("struck", EventType.ASSAULT, "airstrike")
        .source("KNA")
        .in("Kefr Dala")
        .on("2017-07-23")
        .at(new Geocode("Kefr Dala", 33.0, 21.5, "KR", 3, "only-candidate"))
        .add();
    Doc geocoded =
        doc("d-1", "Reuters", "2017-07-24", "KNA units struck Wadi Sar again.")
            .entity("e-kna", "KNA");
    geocoded
        .event("struck", EventType.ASSAULT, "airstrike")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .at(new Geocode("Wadi Sar", 32.10, 20.10, "KR", 1, "only-candidate"))
        .add();

    Result result = merge(geocoded, b, far);

    assertThat(
            EventMerger.kilometres(
                new Geocode("a", 32.10, 20.10, "", 1, ""),
                new Geocode("b", 32.15, 20.15, "", 2, "")))
        .isBetween(6.0, 8.0);
    assertThat(result.events()).hasSize(2);
    assertThat(result.events().get(0).documents()).containsExactly("d-1", "d-2");
    assertThat(result.events().get(0).location().name()).isEqualTo("Wadi Sar");
    assertThat(result.events().get(0).location().geocode().geonameId()).isEqualTo(1);
    assertThat(result.events().get(1).documents()).containsExactly("d-3");
  }

  @Test
  void differentModesAreTwoEvents() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, "execution", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"));

    assertThat(result.events()).extracting(Event::mode).containsExactly("execution", "airstrike");
  }

  @Test
  void unknownModeJoinsAKnownOne() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, null, "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"));

    assertThat(result.events()).extracting(Event::mode).containsExactly("airstrike");
  }

  @Test
  void aGenericKillingJoinsASpecificExecutionWhichNamesTheEvent() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, "killing", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.ASSAULT, "execution", "Wadi Sar", "2017-07-23"),
            kna("d-3", "2017-07-24", EventType.ASSAULT, "killing", "Wadi Sar", "2017-07-23"),
            kna("d-4", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"));

    assertThat(result.events())
        .extracting(Event::mode, Event::documents)
        .containsExactly(
            tuple("execution", List.of("d-1", "d-2", "d-3")), tuple("airstrike", List.of("d-4")));
  }

  @Test
  void assaultAndFightAreOneFamilyButProtestIsNot() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, null, "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.FIGHT, null, "Wadi Sar", "2017-07-23"),
            kna("d-3", "2017-07-24", EventType.PROTEST, null, "Wadi Sar", "2017-07-23"));

    assertThat(result.events())
        .extracting(Event::type, Event::documents)
        .containsExactly(
            tuple(EventType.ASSAULT, List.of("d-1", "d-2")),
            tuple(EventType.PROTEST, List.of("d-3")));
    assertThat(EventMerger.family(EventType.FIGHT))
        .isEqualTo(EventMerger.family(EventType.ASSAULT));
  }

  @Test
  void mostFrequentTypeWins() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, null, "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-24", EventType.FIGHT, null, "Wadi Sar", "2017-07-23"),
            kna("d-3", "2017-07-24", EventType.FIGHT, null, "Wadi Sar", "2017-07-23"));

    assertThat(result.events()).extracting(Event::type).containsExactly(EventType.FIGHT);
  }

  @Test
  void airstrikeAMonthLaterIsSeparate() {
    Result result =
        merge(
            kna("d-1", "2017-07-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-08-24", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-08-23"));

    assertThat(result.events())
        .extracting(e -> e.date().value())
        .containsExactly("2017-07-23", "2017-08-23");
  }

  @Test
  void datesOneDayApartJoinButTwoDaysApartDoNot() {
    Result oneDay =
        merge(
            kna("d-1", "2017-07-25", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-25", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-24"));
    Result twoDays =
        merge(
            kna("d-1", "2017-07-25", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-23"),
            kna("d-2", "2017-07-25", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-25"));

    assertThat(oneDay.events()).hasSize(1);
    // the first report's date is kept, with no claim that both agree
    assertThat(oneDay.events().get(0).date().value()).isEqualTo("2017-07-23");
    assertThat(oneDay.events().get(0).date().basis()).endsWith("(in d-1)");
    assertThat(twoDays.events()).hasSize(2);
  }

  @Test
  void weekJoinsADayInsideItAndTheDayIsKept() {
    Doc week = doc("d-1", "Reuters", "2017-07-25", "KNA units struck Wadi Sar last week.");
    week.entity("e-kna", "KNA");
    week.event("struck", EventType.ASSAULT, "airstrike")
        .source("KNA")
        .in("Wadi Sar")
        .date("2017-W29", DatePrecision.WEEK)
        .add();

    Result result =
        merge(
            week,
            kna("d-2", "2017-07-25", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-20"));

    assertThat(result.events()).hasSize(1);
    EventDate date = result.events().get(0).date();
    assertThat(date.value()).isEqualTo("2017-07-20");
    assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(date.basis()).isEqualTo("time expression governing the event (in d-2)");
  }

  @Test
  void monthDoesNotJoinADayOfTheNextMonth() {
    Doc month = doc("d-1", "Reuters", "2017-08-05", "KNA units struck Wadi Sar in August.");
    month.entity("e-kna", "KNA");
    month
        .event("struck", EventType.ASSAULT, "airstrike")
        .source("KNA")
        .in("Wadi Sar")
        .date("2017-08", DatePrecision.MONTH)
        .add();

    Result result =
        merge(
            month,
            kna("d-2", "2017-08-05", EventType.ASSAULT, "airstrike", "Wadi Sar", "2017-07-30"));

    assertThat(result.events()).hasSize(2);
  }

  @Test
  void withinADocumentARepeatedMentionJoinsWithoutPlaceOrActor() {
    Doc d =
        doc(
                "d-reuters",
                "Reuters",
                "2017-07-24",
                REUTERS_TEXT + " The executions were filmed, witnesses said.")
            .entity("e-kna", "KNA");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();
    d.event("executions", EventType.ASSAULT, "execution").add();

    Result result = merge(d);

    assertThat(result.events()).hasSize(1);
    Event event = result.events().get(0);
    assertThat(event.documents()).containsExactly("d-reuters");
    assertThat(event.independentSources()).isEqualTo(1);
    assertThat(event.evidence())
        .extracting(Evidence::trigger, Evidence::text)
        .containsExactly(
            tuple("executed", REUTERS_TEXT),
            tuple("executions", "The executions were filmed, witnesses said."));
    assertThat(event.fatalities().reports()).hasSize(1);
    assertThat(result.eventOf())
        .containsEntry(new MentionRef("d-reuters", 0), event.id())
        .containsEntry(new MentionRef("d-reuters", 1), event.id());
  }

  @Test
  void dateRepeatedWithinOneDocumentIsOneReportOfIt() {
    Doc d =
        doc(
            "d-1",
            "Reuters",
            "2017-07-24",
            REUTERS_TEXT + " The 18 prisoners were executed by firing squad on Sunday.");
    d.event("executed", EventType.ASSAULT, "execution").in("Wadi Sar").on("2017-07-23").add();
    d.event("executed", 1, EventType.ASSAULT, "execution").on("2017-07-23").add();

    Event event = merge(d).events().get(0);

    assertThat(event.date().basis()).isEqualTo("time expression governing the event (in d-1)");
  }

  @Test
  void withinADocumentAMentionElsewhereIsAnotherEvent() {
    Doc d =
        doc(
            "d-1",
            "Reuters",
            "2017-07-24",
            REUTERS_TEXT + " Another execution was reported in Kefr Dala.");
    d.event("executed", EventType.ASSAULT, "execution").in("Wadi Sar").on("2017-07-23").add();
    d.event("execution", EventType.ASSAULT, "execution").in("Kefr Dala").add();

    assertThat(merge(d).events()).hasSize(2);
  }

  @Test
  void withinADocumentTheSameFigureTwiceIsOneReport() {
    Doc d =
        doc(
            "d-1",
            "Reuters",
            "2017-07-24",
            REUTERS_TEXT + " The 18 prisoners were executed by firing squad.");
    d.event("executed", EventType.ASSAULT, "execution")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();
    d.event("executed", 1, EventType.ASSAULT, "execution")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();

    Event event = merge(d).events().get(0);

    assertThat(event.fatalities().reports()).hasSize(1);
    assertThat(event.fatalities().rule())
        .isEqualTo("all 1 report(s) from 1 independent source(s) give 18");
  }

  @Test
  void undatedReportPublishedWithinDaysJoinsTheDatedEvent() {
    Result result = merge(reuters(), undatedWadiSar("d-voice", "2017-07-28"));

    assertThat(result.events()).hasSize(1);
    assertThat(result.events().get(0).documents()).containsExactly("d-reuters", "d-voice");
    assertThat(result.events().get(0).date().value()).isEqualTo("2017-07-23");
  }

  @Test
  void undatedReportJoinsUpToThirtyDaysAfterTheDateWindow() {
    assertThat(merge(reuters(), undatedWadiSar("d-voice", "2017-08-22")).events()).hasSize(1);
    assertThat(merge(reuters(), undatedWadiSar("d-voice", "2017-08-23")).events()).hasSize(2);
  }

  @Test
  void undatedReportPublishedAYearLaterIsAnotherEventDatedOnlyByItsUpperBound() {
    Result result = merge(reuters(), undatedWadiSar("d-voice", "2018-07-28"));

    assertThat(result.events()).hasSize(2);
    EventDate date = result.events().get(1).date();
    assertThat(date.value()).isNull();
    assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(date.basis())
        .isEqualTo(
            "no report dates the event; first reported in an article published 2018-07-28"
                + " (an upper bound, not the event date)");
  }

  @Test
  void undatedReportPublishedBeforeTheEventDoesNotJoin() {
    assertThat(merge(reuters(), undatedWadiSar("d-voice", "2017-07-20")).events()).hasSize(2);
  }

  @Test
  void undatedReportFromAnUndatedArticleNeverJoinsAcrossDocuments() {
    Result result = merge(reuters(), undatedWadiSar("d-voice", null));

    assertThat(result.events()).hasSize(2);
    assertThat(result.events().get(1).date().basis())
        .isEqualTo("no report dates the event and the reporting articles are undated");
  }

  @Test
  void twoUndatedReportsJoinWhenPublishedWithinAWeek() {
    assertThat(
            merge(undatedWadiSar("d-1", "2017-07-24"), undatedWadiSar("d-2", "2017-07-31"))
                .events())
        .hasSize(1);
    assertThat(
            merge(undatedWadiSar("d-1", "2017-07-24"), undatedWadiSar("d-2", "2017-08-01"))
                .events())
        .hasSize(2);
  }

  @Test
  void datedReportJoinsAnEarlierUndatedEventAndDatesIt() {
    Result result = merge(undatedWadiSar("d-voice", "2017-07-24"), ap());

    assertThat(result.events()).hasSize(1);
    Event event = result.events().get(0);
    assertThat(event.id()).isEqualTo(idOf("d-voice", 0));
    assertThat(event.date().value()).isEqualTo("2017-07-23");
    assertThat(event.date().basis()).isEqualTo("time expression governing the event (in d-ap)");
  }

  @Test
  void datedReportDoesNotJoinAnUndatedEventReportedBeforeIt() {
    Result result = merge(undatedWadiSar("d-voice", "2017-07-20"), ap());

    assertThat(result.events()).hasSize(2);
  }

  @Test
  void acrossDocumentsASharedActorJoinsWithoutAPlace() {
    Doc noPlace = doc("d-2", "AP", "2017-07-24", "KNA units executed prisoners on Sunday.");
    noPlace.entity("e-kna", "KNA");
    noPlace.event("executed", EventType.ASSAULT, "execution").source("KNA").on("2017-07-23").add();

    Result result = merge(reuters(), noPlace);

    assertThat(result.events()).hasSize(1);
    assertThat(result.events().get(0).location().name()).isEqualTo("Wadi Sar");
  }

  @Test
  void acrossDocumentsNeitherPlaceNorActorEntityInCommonKeepsEventsApart() {
    Doc otherActor = doc("d-2", "AP", "2017-07-24", "Sahel Front units executed prisoners.");
    otherActor.entity("e-sahel", "Sahel Front");
    otherActor
        .event("executed", EventType.ASSAULT, "execution")
        .source("Sahel Front")
        .target("prisoners")
        .on("2017-07-23")
        .add();

    assertThat(merge(reuters(), otherActor).events()).hasSize(2);
  }

  @Test
  void descriptiveActorsAndOtherRolesDoNotLinkDocuments() {
    Doc phrase = doc("d-2", "AP", "2017-07-24", "Gunmen executed prisoners as the KNA watched.");
    phrase.entity("e-kna", "KNA");
    phrase
        .event("executed", EventType.ASSAULT, "execution")
        .source("Gunmen")
        .target("prisoners")
        .actor(ActorRole.OTHER, "KNA")
        .on("2017-07-23")
        .add();

    Result result = merge(reuters(), phrase);

    assertThat(result.events()).hasSize(2);
    assertThat(result.events().get(1).actors())
        .containsExactly(
            new Participant(null, "Gunmen", ActorRole.SOURCE),
            new Participant(null, "prisoners", ActorRole.TARGET),
            new Participant("e-kna", "Karesh National Army", ActorRole.OTHER));
  }

  @Test
  void respondsToPointsAtTheMergedIncident() {
    Doc d =
        doc(
                "d-ap",
                "AP",
                "2017-07-25",
                "The KNA executed 20 detainees in Wadi Sar on July 23, residents said."
                    + " Amnesty International condemned the killings.")
            .entity("e-kna", "KNA")
            .entity("e-amnesty", "Amnesty International");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .add();
    d.event("condemned", EventType.DISAPPROVE, "condemnation")
        .source("Amnesty International")
        .respondsTo(0)
        .add();

    Result result = merge(reuters(), d);

    assertThat(result.events()).hasSize(2);
    Event condemnation = result.events().get(1);
    assertThat(condemnation.type()).isEqualTo(EventType.DISAPPROVE);
    assertThat(condemnation.id()).isEqualTo(idOf("d-ap", 1));
    assertThat(condemnation.respondsTo()).containsExactly(idOf("d-reuters", 0));
    assertThat(result.events().get(0).respondsTo()).isEmpty();
  }

  @Test
  void firmestModalityWinsOverADenial() {
    Doc denial =
        doc("d-kn", "Karesh News", "2017-07-24", "The KNA denied executing prisoners in Wadi Sar.")
            .entity("e-kna", "KNA");
    denial
        .event("executing", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .modality(Modality.DENIED)
        .add();

    Result result = merge(denial, ap());

    assertThat(result.events()).hasSize(1);
    assertThat(result.events().get(0).modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void injuredAreKeptApartFromFatalities() {
    Doc a = doc("d-1", "Reuters", "2017-07-24", "The KNA shelled Arzan, wounding 12 people.");
    a.entity("e-kna", "KNA");
    a.event("shelled", EventType.ASSAULT, "shelling")
        .source("KNA")
        .in("Arzan")
        .on("2017-07-23")
        .injured("12 people", 12)
        .add();
    Doc b = doc("d-2", "AP", "2017-07-24", "The KNA shelled Arzan, wounding 10 people.");
    b.entity("e-kna", "KNA");
    b.event("shelled", EventType.ASSAULT, "shelling")
        .source("KNA")
        .in("Arzan")
        .on("2017-07-23")
        .injured("10 people", 10)
        .add();

    Event event = merge(a, b).events().get(0);

    assertThat(event.fatalities()).isNull();
    assertThat(event.injured().min()).isEqualTo(10);
    assertThat(event.injured().max()).isEqualTo(12);
    assertThat(event.injured().conservative()).isEqualTo(10);
  }

  @Test
  void rangeFiguresUseLowAndHighEnds() {
    Doc a = doc("d-1", "Reuters", "2017-07-24", "Between 15 and 25 people died in Arzan.");
    a.event("died", EventType.ASSAULT, null)
        .in("Arzan")
        .on("2017-07-23")
        .killed("Between 15 and 25 people", 15, 25, "range")
        .add();
    Doc b = doc("d-2", "AP", "2017-07-24", "At least 18 people died in Arzan.");
    b.event("died", EventType.ASSAULT, null)
        .in("Arzan")
        .on("2017-07-23")
        .killed("At least 18 people", 18, 18, "at-least")
        .add();

    Casualties killed = merge(a, b).events().get(0).fatalities();

    assertThat(killed.min()).isEqualTo(15);
    assertThat(killed.max()).isEqualTo(25);
    assertThat(killed.conservative()).isEqualTo(15);
  }

  @Test
  void noDocumentsGiveNoEvents() {
    Result result = merger.merge(List.of(), Doc::name);

    assertThat(result.events()).isEmpty();
    assertThat(result.eventOf()).isEmpty();
  }

  @Test
  void documentsAddedOneByOneMergeAsTheListAndKnowTheirEventAtOnce() {
    Doc reuters = reuters();
    Doc ap = ap();
    EventMerger streaming = new EventMerger();
    streaming.add(reuters.facts());
    assertThat(streaming.eventOf("d-reuters", 0)).isEqualTo(idOf("d-reuters", 0));
    streaming.add(ap.facts());
    assertThat(streaming.eventOf("d-ap", 0)).isEqualTo(idOf("d-reuters", 0));

    Result result = streaming.finish(Doc::name);

    assertThat(result).isEqualTo(merge(reuters, ap));
    assertThat(result.events()).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> streaming.add(ap.facts()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutEvidenceTextTheEventsAreTheSameOnceTheirTextsAreReadFromTheDocuments() {
    Doc reuters = reuters();
    Doc ap = ap();
    EventMerger lean = EventMerger.withoutEvidenceText();
    lean.add(reuters.facts());
    lean.add(ap.facts());

    Result result = lean.finish(Doc::name);

    Result whole = merge(reuters, ap);
    assertThat(result.events().get(0).evidence())
        .isNotEmpty()
        .allSatisfy(ev -> assertThat(ev.text()).isEmpty());
    java.util.Map<String, String> texts =
        java.util.Map.of(
            "d-reuters", reuters.facts().article().text(), "d-ap", ap.facts().article().text());
    assertThat(
            result.events().stream().map(e -> EventMerger.withEvidenceText(e, texts::get)).toList())
        .isEqualTo(whole.events());
    assertThat(EventMerger.withEvidenceText(whole.events().get(0), id -> "never read"))
        .isSameAs(whole.events().get(0));
  }
}
