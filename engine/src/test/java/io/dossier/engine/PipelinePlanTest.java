// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.EntityStage;
import io.dossier.engine.pipeline.PipelinePlan;
import io.dossier.engine.pipeline.Stage;
import io.dossier.engine.pipeline.TimeStage;
import io.dossier.model.ConfigException;
import io.dossier.model.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelinePlanTest {

  private static Stage stage(String name, Set<Layer> requires, Set<Layer> provides) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> provides() {
        return provides;
      }
    };
  }

  @Test
  void missingLayerFailsNamingTheStageAndTheLayer() {
    List<Stage> stages =
        List.of(
            stage("tokenizer", Set.of(), Set.of(Layer.TOKENS)),
            stage("events", Set.of(Layer.DEPENDENCIES), Set.of()));
    assertThatThrownBy(() -> PipelinePlan.check(Set.of(), stages))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'events'")
        .hasMessageContaining("DEPENDENCIES");
  }

  @Test
  void orderedStagesPass() {
    Set<Layer> after =
        PipelinePlan.check(
            Set.of(),
            List.of(
                stage("nlp", Set.of(), Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NER)),
                new EntityStage()));
    assertThat(after).contains(Layer.ENTITIES);
  }

  @Test
  void standardStagesAskTheAnnotatorOnlyForWhatTheyUse() {
    // events and claims read the dependency parse; the entity stage provides ENTITIES itself
    assertThat(ArticleProcessor.requiredLayers(ArticleProcessor.standardStages()))
        .containsExactlyInAnyOrder(
            Layer.TOKENS,
            Layer.SENTENCES,
            Layer.POS,
            Layer.LEMMAS,
            Layer.NER,
            Layer.TIMES,
            Layer.DEPENDENCIES)
        .doesNotContain(Layer.ENTITIES);
  }

  @Test
  void withoutEventAndClaimStagesNoParseIsAskedFor() {
    assertThat(ArticleProcessor.requiredLayers(List.of(new EntityStage(), new TimeStage())))
        .doesNotContain(Layer.DEPENDENCIES, Layer.LEMMAS);
  }

  @Test
  void processorRefusesAnAnnotatorThatLacksARequiredLayer() {
    FakeAnnotation tokensOnly =
        new FakeAnnotation(Set.of(), false) {
          @Override
          public Set<Layer> provides() {
            return Set.of(Layer.TOKENS);
          }
        };
    assertThatThrownBy(() -> new ArticleProcessor(tokensOnly, ArticleProcessor.standardStages()))
        .hasMessageContaining("'entities'");
  }
}
