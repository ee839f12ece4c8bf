// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.ActorRole;
import io.dossier.model.AnnotatedText;
import io.dossier.model.CasualtyCount;
import io.dossier.model.DatePrecision;
import io.dossier.model.EntityType;
import io.dossier.model.EventActor;
import io.dossier.model.EventMention;
import io.dossier.model.EventType;
import io.dossier.model.Modality;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Event extraction on hand-parsed sentences about an invented conflict. */
class EventExtractorTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2017, 7, 24);

  private final EventExtractor extractor = new EventExtractor();

  private List<EventMention> extract(Parsed p, @Nullable LocalDate published) {
    AnnotatedText text = p.text();
    List<EventMention> events = extractor.extract(text, p.entities(), p.times(), published);
    assertSpansFit(text, events);
    // the sentences that EventExtractor.sentencesToParse leaves unparsed would give no event
    AnnotatedText lean = onlyParsed(text, EventExtractor.sentencesToParse(text));
    assertThat(extractor.extract(lean, p.entities(), p.times(), published))
        .as("events with only the sentences to parse parsed")
        .isEqualTo(events);
    return events;
  }

  /** {@code text} with the dependency edges of the sentences outside {@code keep} removed. */
  static AnnotatedText onlyParsed(AnnotatedText text, java.util.BitSet keep) {
    return new AnnotatedText(
        text.document(),
        text.text(),
        text.tokens(),
        text.sentences(),
        text.nerMentions(),
        text.times(),
        text.dependencies().stream()
            .filter(d -> keep.get(text.tokens().get(d.dependent()).sentence()))
            .toList(),
        text.layers());
  }

  /** Every span of every event must cover exactly the text stored with it. */
  private static void assertSpansFit(AnnotatedText text, List<EventMention> events) {
    for (EventMention e : events) {
      assertThat(text.textOf(e.span())).isEqualTo(e.trigger());
      assertThat(e.sentence().contains(e.span())).isTrue();
      for (EventActor a : e.actors()) {
        assertThat(text.textOf(a.span())).isEqualTo(a.name());
      }
      if (e.place() != null) {
        assertThat(text.textOf(e.place().span())).isEqualTo(e.place().name());
      }
      for (CasualtyCount c : new CasualtyCount[] {e.killed(), e.injured()}) {
        if (c != null) {
          assertThat(text.textOf(c.span())).isEqualTo(c.text());
        }
      }
      assertThat(e.provenance().document()).isEqualTo(text.document());
      assertThat(e.provenance().version()).isEqualTo(EventExtractor.RULE_VERSION);
    }
  }

  private static Parsed passiveShooting() {
    return Parsed.of("Prisoners were shot by NF fighters in Velmar.")
        .tokens(
            "Prisoners prisoner NNS 3:nsubj:pass",
            "were be VBD 3:aux:pass",
            "shot shoot VBN 0:root",
            "by by IN 6:case",
            "NF NF NNP 6:compound",
            "fighters fighter NNS 3:obl:agent",
            "in in IN 8:case",
            "Velmar Velmar NNP 3:obl:in",
            ". . . 3:punct")
        .entity("NF", EntityType.ORGANIZATION)
        .entity("Velmar", EntityType.LOCATION);
  }

  @Test
  void passiveByPhraseIsTheSourceAndSubjectTheTarget() {
    List<EventMention> events = extract(passiveShooting(), null);

    assertThat(events).hasSize(1);
    EventMention e = events.get(0);
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.trigger()).isEqualTo("shot");
    assertThat(e.provenance().rule()).isEqualTo(EventExtractor.RULE_VERB);
    assertThat(e.actors())
        .extracting(EventActor::role, EventActor::name, EventActor::entity)
        .containsExactlyInAnyOrder(
            tuple(ActorRole.SOURCE, "NF fighters", 0), tuple(ActorRole.TARGET, "Prisoners", null));
  }

  @Test
  void placeAttachedWithInIsTheEntity() {
    EventMention e = extract(passiveShooting(), null).get(0);

    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Velmar");
    assertThat(e.place().relation()).isEqualTo("in");
    assertThat(e.place().entity()).isEqualTo(1);
  }

  @Test
  void beatIsAnAssaultOnlyWithViolenceNotAnElectionWin() {
    Parsed election =
        Parsed.of("Carson beat Clinton by one point.")
            .tokens(
                "Carson Carson NNP 2:nsubj",
                "beat beat VBD 0:root",
                "Clinton Clinton NNP 2:obj",
                "by by IN 5:case",
                "one one CD 6:nummod",
                "point point NN 2:obl:by",
                ". . . 2:punct")
            .entity("Carson", EntityType.PERSON)
            .entity("Clinton", EntityType.PERSON);
    assertThat(extract(election, null)).isEmpty();

    Parsed violence =
        Parsed.of("Guards beat him to death.")
            .tokens(
                "Guards guard NNS 2:nsubj",
                "beat beat VBD 0:root",
                "him he PRP 2:obj",
                "to to IN 5:case",
                "death death NN 2:obl:to",
                ". . . 2:punct");
    List<EventMention> events = extract(violence, null);
    assertThat(events).extracting(EventMention::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).mode()).isEqualTo("beat");
  }

  private static Parsed execution() {
    return Parsed.of("Gunmen executed at least 18 prisoners on Sunday.")
        .tokens(
            "Gunmen gunman NNS 2:nsubj",
            "executed execute VBD 0:root",
            "at at IN 4:case",
            "least least JJS 5:advmod",
            "18 18 CD 6:nummod",
            "prisoners prisoner NNS 2:obj",
            "on on IN 8:case",
            "Sunday Sunday NNP 2:obl:on",
            ". . . 2:punct");
  }

  @Test
  void victimsOfAnExecutionAreCountedWithTheirQualifier() {
    EventMention e = extract(execution().time("Sunday", "2017-07-16"), PUBLISHED).get(0);

    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.mode()).isEqualTo("execution");
    assertThat(e.killed()).isNotNull();
    assertThat(e.killed().low()).isEqualTo(18);
    assertThat(e.killed().high()).isEqualTo(18);
    assertThat(e.killed().qualifier()).isEqualTo("at-least");
    assertThat(e.killed().text()).isEqualTo("at least 18");
    assertThat(e.actors())
        .extracting(EventActor::role, EventActor::name)
        .containsExactlyInAnyOrder(
            tuple(ActorRole.SOURCE, "Gunmen"), tuple(ActorRole.TARGET, "prisoners"));
  }

  @Test
  void governingTimeExpressionGivesTheDateWithPrecisionAndBasis() {
    EventMention e = extract(execution().time("Sunday", "2017-07-16"), PUBLISHED).get(0);

    assertThat(e.date().value()).isEqualTo("2017-07-16");
    assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(e.date().span()).isNotNull();
    assertThat(e.date().basis()).contains("\"Sunday\"").contains("2017-07-24");
  }

  @Test
  void monthValueGivesMonthPrecision() {
    EventMention e = extract(execution().time("Sunday", "2017-07"), PUBLISHED).get(0);

    assertThat(e.date().value()).isEqualTo("2017-07");
    assertThat(e.date().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void unresolvableTimeExpressionLeavesTheDateUnknown() {
    EventMention e = extract(execution().time("Sunday", null), null).get(0);

    assertThat(e.date().value()).isNull();
    assertThat(e.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(e.date().basis()).contains("Sunday").contains("undated");
  }

  @Test
  void withoutTimeExpressionThePublicationDateIsOnlyAnUpperBound() {
    EventMention e = extract(execution(), PUBLISHED).get(0);

    assertThat(e.date().value()).isNull();
    assertThat(e.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(e.date().basis()).contains("on or before 2017-07-24, the publication date");
  }

  @Test
  void perpetratorsAreNotCountedAsVictims() {
    List<EventMention> events =
        extract(
            Parsed.of("20 gunmen killed five soldiers.")
                .tokens(
                    "20 20 CD 2:nummod",
                    "gunmen gunman NNS 3:nsubj",
                    "killed kill VBD 0:root",
                    "five five CD 5:nummod",
                    "soldiers soldier NNS 3:obj",
                    ". . . 3:punct"),
            null);

    assertThat(events).hasSize(1);
    EventMention e = events.get(0);
    assertThat(e.provenance().rule()).isEqualTo(EventExtractor.RULE_CASUALTY);
    assertThat(e.killed().low()).isEqualTo(5);
    assertThat(e.killed().qualifier()).isEqualTo("exact");
    assertThat(e.killed().text()).isEqualTo("five");
  }

  @Test
  void casualtyVerbOfAnAirstrikeGivesItsCountsToTheAirstrike() {
    List<EventMention> events =
        extract(
            Parsed.of("An airstrike killed dozens of civilians in Dorsk.")
                .tokens(
                    "An a DT 2:det",
                    "airstrike airstrike NN 3:nsubj",
                    "killed kill VBD 0:root",
                    "dozens dozen NNS 3:obj",
                    "of of IN 6:case",
                    "civilians civilian NNS 4:nmod:of",
                    "in in IN 8:case",
                    "Dorsk Dorsk NNP 3:obl:in",
                    ". . . 3:punct")
                .entity("Dorsk", EntityType.LOCATION),
            null);

    assertThat(events).hasSize(1);
    EventMention e = events.get(0);
    assertThat(e.trigger()).isEqualTo("airstrike");
    assertThat(e.mode()).isEqualTo("airstrike");
    assertThat(e.killed().low()).isEqualTo(12);
    assertThat(e.killed().qualifier()).isEqualTo("vague");
    assertThat(e.killed().text()).isEqualTo("dozens");
    assertThat(e.place().name()).isEqualTo("Dorsk");
  }

  @Test
  void condemnationRespondsToTheExecutionsItsObjectNames() {
    List<EventMention> events =
        extract(
            Parsed.of("The UN condemned the executions.")
                .tokens(
                    "The the DT 2:det",
                    "UN UN NNP 3:nsubj",
                    "condemned condemn VBD 0:root",
                    "the the DT 5:det",
                    "executions execution NNS 3:obj",
                    ". . . 3:punct")
                .entity("UN", EntityType.ORGANIZATION),
            null);

    assertThat(events)
        .extracting(EventMention::trigger, EventMention::type, EventMention::respondsTo)
        .containsExactly(
            tuple("condemned", EventType.DISAPPROVE, 1),
            tuple("executions", EventType.ASSAULT, null));
    assertThat(events.get(0).actors())
        .extracting(EventActor::role, EventActor::name, EventActor::entity)
        .containsExactly(tuple(ActorRole.SOURCE, "UN", 0));
    assertThat(events.get(1).provenance().rule()).isEqualTo(EventExtractor.RULE_NOUN);
  }

  @Test
  void arrestWarrantOverKillingsIsAnInvestigationRespondingToThem() {
    List<EventMention> events =
        extract(
            Parsed.of("The court issued an arrest warrant over the killings.")
                .tokens(
                    "The the DT 2:det",
                    "court court NN 3:nsubj",
                    "issued issue VBD 0:root",
                    "an a DT 6:det",
                    "arrest arrest NN 6:compound",
                    "warrant warrant NN 3:obj",
                    "over over IN 9:case",
                    "the the DT 9:det",
                    "killings killing NNS 6:nmod:over",
                    ". . . 3:punct"),
            null);

    assertThat(events).hasSize(2);
    EventMention warrant = events.get(0);
    assertThat(warrant.trigger()).isEqualTo("arrest warrant");
    assertThat(warrant.type()).isEqualTo(EventType.INVESTIGATE);
    assertThat(warrant.mode()).isEqualTo("arrest-warrant");
    assertThat(warrant.respondsTo()).isEqualTo(1);
    assertThat(warrant.actors())
        .extracting(EventActor::role, EventActor::name)
        .containsExactly(tuple(ActorRole.SOURCE, "court"));
  }

  @Test
  void reportingVerbIsNotAnEventButMakesTheEventReported() {
    List<EventMention> events =
        extract(
            Parsed.of("Officials said rebels attacked the base.")
                .tokens(
                    "Officials official NNS 2:nsubj",
                    "said say VBD 0:root",
                    "rebels rebel NNS 4:nsubj",
                    "attacked attack VBD 2:ccomp",
                    "the the DT 6:det",
                    "base base NN 4:obj",
                    ". . . 2:punct"),
            PUBLISHED);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).trigger()).isEqualTo("attacked");
    assertThat(events.get(0).modality()).isEqualTo(Modality.REPORTED);
    assertThat(events.get(0).cues()).containsExactly("said");
  }

  @Test
  void possessivePronounsAreNoActors() {
    EventMention e =
        extract(
                Parsed.of("Their shelling of the town killed civilians.")
                    .tokens(
                        "Their they PRP$ 2:nmod:poss",
                        "shelling shelling NN 6:nsubj",
                        "of of IN 5:case",
                        "the the DT 5:det",
                        "town town NN 2:nmod:of",
                        "killed kill VBD 0:root",
                        "civilians civilian NNS 6:obj",
                        ". . . 6:punct"),
                null)
            .stream()
            .filter(m -> m.trigger().equals("shelling"))
            .findFirst()
            .orElseThrow();

    assertThat(e.actors()).extracting(a -> a.name()).doesNotContain("Their");
  }

  @Test
  void negatedEventIsDenied() {
    EventMention e =
        extract(
                Parsed.of("The army did not shell the town.")
                    .tokens(
                        "The the DT 2:det",
                        "army army NN 5:nsubj",
                        "did do VBD 5:aux",
                        "not not RB 5:advmod",
                        "shell shell VB 0:root",
                        "the the DT 7:det",
                        "town town NN 5:obj",
                        ". . . 5:punct"),
                null)
            .get(0);

    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.modality()).isEqualTo(Modality.DENIED);
    assertThat(e.cues()).contains("not");
  }

  @Test
  void threatenedAttackIsPlannedAndTheThreatIsTheMainEvent() {
    Parsed p =
        Parsed.of("The militia threatened to attack the convoy.")
            .tokens(
                "The the DT 2:det",
                "militia militia NN 3:nsubj|5:nsubj:xsubj",
                "threatened threaten VBD 0:root",
                "to to TO 5:mark",
                "attack attack VB 3:xcomp",
                "the the DT 7:det",
                "convoy convoy NN 5:obj",
                ". . . 3:punct");
    List<EventMention> events = extract(p, null);

    assertThat(events)
        .extracting(EventMention::type, EventMention::modality)
        .containsExactly(
            tuple(EventType.THREATEN, Modality.ASSERTED),
            tuple(EventType.ASSAULT, Modality.PLANNED));
    assertThat(events.get(1).cues()).contains("threatened");
    assertThat(events.get(1).actors())
        .extracting(EventActor::role, EventActor::name)
        .containsExactlyInAnyOrder(
            tuple(ActorRole.SOURCE, "militia"), tuple(ActorRole.TARGET, "convoy"));
    assertThat(EventExtractor.mainEvent(p.text(), events, 0)).hasValue(0);
  }

  @Test
  void possessorOfTheSubjectResolvesToItsEntity() {
    EventMention e =
        extract(
                Parsed.of("Tarhouni's forces attacked Dorsk.")
                    .tokens(
                        "Tarhouni Tarhouni NNP 3:nmod:poss",
                        "'s 's POS 1:case",
                        "forces force NNS 4:nsubj",
                        "attacked attack VBD 0:root",
                        "Dorsk Dorsk NNP 4:obj",
                        ". . . 4:punct")
                    .entity("Tarhouni", EntityType.PERSON)
                    .entity("Dorsk", EntityType.LOCATION),
                null)
            .get(0);

    assertThat(e.actors())
        .extracting(EventActor::role, EventActor::name, EventActor::entity)
        .containsExactlyInAnyOrder(
            tuple(ActorRole.SOURCE, "Tarhouni's forces", 0), tuple(ActorRole.TARGET, "Dorsk", 1));
  }

  @Test
  void directionOfAPlaceIsKeptAsTheRelation() {
    EventMention e =
        extract(
                Parsed.of("Fighting erupted west of Velmar.")
                    .tokens(
                        "Fighting fighting NN 2:nsubj",
                        "erupted erupt VBD 0:root",
                        "west west RB 2:advmod",
                        "of of IN 5:case",
                        "Velmar Velmar NNP 3:obl:of",
                        ". . . 2:punct")
                    .entity("Velmar", EntityType.LOCATION),
                null)
            .get(0);

    assertThat(e.type()).isEqualTo(EventType.FIGHT);
    assertThat(e.place().name()).isEqualTo("Velmar");
    assertThat(e.place().relation()).isEqualTo("west of");
  }

  @Test
  void nounModifyingAnotherNounIsNotATrigger() {
    List<EventMention> events =
        extract(
            Parsed.of("Aid workers left Velmar.")
                .tokens(
                    "Aid aid NN 2:compound",
                    "workers worker NNS 3:nsubj",
                    "left leave VBD 0:root",
                    "Velmar Velmar NNP 3:obj",
                    ". . . 3:punct"),
            null);

    assertThat(events).isEmpty();
  }

  @Test
  void sentenceWithoutParseYieldsNoEvents() {
    Parsed p =
        Parsed.of("Rebels attacked the base.")
            .tokens(
                "Rebels rebel NNS 2:nsubj",
                "attacked attack VBD 0:root",
                "the the DT 4:det",
                "base base NN 2:obj",
                ". . . 2:punct");
    AnnotatedText parsed = p.text();
    AnnotatedText unparsed =
        new AnnotatedText(
            parsed.document(),
            parsed.text(),
            parsed.tokens(),
            parsed.sentences(),
            List.of(),
            List.of(),
            List.of(),
            parsed.layers());

    assertThat(extractor.extract(parsed, List.of(), List.of(), null)).hasSize(1);
    assertThat(extractor.extract(unparsed, List.of(), List.of(), null)).isEmpty();
  }
}
