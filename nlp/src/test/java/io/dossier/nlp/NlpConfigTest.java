// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.ConfigException;
import io.dossier.model.Layer;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void defaultsAreEverythingButDependencies() {
    assertThat(NlpConfig.defaults().layers())
        .containsExactlyInAnyOrder(
            Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.NER, Layer.TIMES);
    assertThat(NlpConfig.defaults().maxDependencyTokens())
        .isEqualTo(NlpConfig.DEFAULT_MAX_DEPENDENCY_TOKENS);
  }

  @Test
  void dependenciesWithoutPosAreRejectedWithAHint() {
    assertThatThrownBy(
            () -> new NlpConfig(Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.DEPENDENCIES), 100))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DEPENDENCIES needs [POS]")
        .hasMessageContaining("forLayers");
  }

  @Test
  void timesNeedPosAndLemmas() {
    assertThatThrownBy(() -> new NlpConfig(Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.TIMES), 0))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TIMES needs [POS, LEMMAS]");
  }

  @Test
  void nerAloneNeedsOnlyTokensAndSentences() {
    assertThat(new NlpConfig(Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NER), 0).layers())
        .containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES, Layer.NER);
  }

  @Test
  void sentencesAreAlwaysRequired() {
    assertThatThrownBy(() -> new NlpConfig(Set.of(Layer.TOKENS), 0))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SENTENCES is required");
  }

  @Test
  void emptyAndUnsupportedLayersAreRejected() {
    assertThatThrownBy(() -> new NlpConfig(Set.of(), 0)).hasMessageContaining("no layers");
    assertThatThrownBy(() -> NlpConfig.forLayers(Layer.ENTITIES))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ENTITIES is not produced by the NLP stage");
  }

  @Test
  void negativeDependencyLimitIsRejected() {
    assertThatThrownBy(() -> NlpConfig.defaults().withMaxDependencyTokens(-1))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("maxDependencyTokens must be >= 0");
  }

  @Test
  void forLayersAddsPrerequisites() {
    assertThat(NlpConfig.forLayers(Layer.DEPENDENCIES).layers())
        .containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.DEPENDENCIES);
    assertThat(NlpConfig.forLayers(Layer.TIMES).layers())
        .containsExactlyInAnyOrder(
            Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.TIMES);
    assertThat(NlpConfig.forLayers().layers())
        .containsExactlyInAnyOrder(Layer.TOKENS, Layer.SENTENCES);
  }

  @Test
  void forLayersAlwaysGivesAValidConfig() {
    for (Layer a : NlpConfig.SUPPORTED) {
      for (Layer b : NlpConfig.SUPPORTED) {
        NlpConfig config = NlpConfig.forLayers(a, b);
        assertThat(new NlpConfig(EnumSet.copyOf(config.layers()), 0)).isNotNull();
      }
    }
  }

  @Test
  void layersAreCopied() {
    EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    NlpConfig config = new NlpConfig(layers, 0);
    layers.add(Layer.POS);
    assertThat(config.layers()).doesNotContain(Layer.POS);
  }
}
