// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.ActorRole;
import io.dossier.model.Article;
import io.dossier.model.DatePrecision;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EventActor;
import io.dossier.model.EventMention;
import io.dossier.model.EventType;
import io.dossier.model.Modality;
import io.dossier.model.PublishedBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real CoreNLP, then the entity, time and event stages, on sentences about an invented conflict.
 */
class EventStageIT {

  private static final String TEXT =
      "Gunmen of the Northern Front executed 18 prisoners in Benghazi on Sunday. "
          + "The United Nations condemned the executions. "
          + "Prisoners were shot by Northern Front fighters, officials said. "
          + "The militia did not attack the convoy.";

  private static ArticleProcessor processor;
  private static DocumentAnalysis analysis;

  @BeforeAll
  static void run() {
    List<ExtractionStage> stages = List.of(new EntityStage(), new TimeStage(), new EventStage());
    processor =
        new ArticleProcessor(CoreNlpStage.create(ArticleProcessor.requiredLayers(stages)), stages);
    Article article =
        new Article(
            "d-events",
            "test",
            null,
            null,
            LocalDate.of(2017, 7, 17),
            PublishedBasis.METADATA,
            "en",
            TEXT,
            List.of(),
            null,
            "h",
            null);
    analysis = processor.process(article);
  }

  @AfterAll
  static void release() {
    processor = null;
    analysis = null;
  }

  private static EventMention trigger(String word) {
    return analysis.events().stream()
        .filter(e -> e.trigger().contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + word + "' in " + analysis.events()));
  }

  @Test
  void executionIsTypedDatedPlacedAndCounted() {
    EventMention e = trigger("executed");
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.mode()).isEqualTo("execution");
    assertThat(e.killed()).isNotNull();
    assertThat(e.killed().low()).isEqualTo(18);
    assertThat(e.date().value()).isEqualTo("2017-07-16");
    assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Benghazi");
    assertThat(e.actors())
        .anySatisfy(
            a -> {
              assertThat(a.role()).isEqualTo(ActorRole.TARGET);
              assertThat(a.name()).contains("prisoners");
            });
  }

  @Test
  void condemnationRespondsToTheExecutions() {
    EventMention condemned = trigger("condemned");
    assertThat(condemned.type()).isEqualTo(EventType.DISAPPROVE);
    assertThat(condemned.respondsTo()).isNotNull();
    assertThat(analysis.events().get(condemned.respondsTo()).trigger()).isEqualTo("executions");
    assertThat(condemned.actors())
        .filteredOn(a -> a.role() == ActorRole.SOURCE)
        .extracting(EventActor::entity)
        .doesNotContainNull()
        .isNotEmpty();
  }

  @Test
  void passiveShootingHasTheFightersAsSourceAndIsReported() {
    EventMention shot = trigger("shot");
    assertThat(shot.actors())
        .anySatisfy(
            a -> {
              assertThat(a.role()).isEqualTo(ActorRole.SOURCE);
              assertThat(a.name()).contains("fighters");
            });
    assertThat(shot.actors())
        .anySatisfy(
            a -> {
              assertThat(a.role()).isEqualTo(ActorRole.TARGET);
              assertThat(a.name()).isEqualTo("Prisoners");
            });
    assertThat(shot.modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void negatedAttackIsDeniedAndUndatedEventsAreNeverGivenThePublicationDate() {
    EventMention attack = trigger("attack");
    assertThat(attack.modality()).isEqualTo(Modality.DENIED);
    assertThat(attack.date().value()).isNull();
    assertThat(attack.date().basis()).contains("2017-07-17");
    for (EventMention e : analysis.events()) {
      assertThat(TEXT.substring(e.span().start(), e.span().end())).isEqualTo(e.trigger());
    }
  }
}
