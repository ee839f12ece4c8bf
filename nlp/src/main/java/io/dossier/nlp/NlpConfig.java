// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import io.dossier.model.ConfigException;
import io.dossier.model.Layer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration of the NLP stage: which annotation layers to produce, plus the few knobs that bound
 * its cost. The canonical constructor validates; {@link #forLayers} adds missing prerequisites for
 * you.
 *
 * @param layers the layers to produce; a subset of {@link #SUPPORTED} that includes every
 *     prerequisite of its members (see {@link #prerequisites(Layer)})
 * @param maxDependencyTokens sentences with more tokens than this are not dependency-parsed (they
 *     get no edges, not even a root); {@code 0} means no limit. Only relevant with {@link
 *     Layer#DEPENDENCIES}.
 */
public record NlpConfig(Set<Layer> layers, int maxDependencyTokens) {

  /** The layers this stage can produce. */
  public static final Set<Layer> SUPPORTED =
      Set.copyOf(
          EnumSet.of(
              Layer.TOKENS,
              Layer.SENTENCES,
              Layer.POS,
              Layer.LEMMAS,
              Layer.NER,
              Layer.TIMES,
              Layer.DEPENDENCIES));

  /**
   * Default {@link #maxDependencyTokens}: longer "sentences" in news text are almost always lists,
   * tables or run-on captions whose parse is useless.
   */
  public static final int DEFAULT_MAX_DEPENDENCY_TOKENS = 100;

  // What each layer needs from CoreNLP. TIMES runs SUTime inside the ner annotator, which then
  // requires pos and lemma; the CRF tagger alone (NER without TIMES) needs neither.
  private static final Map<Layer, Set<Layer>> PREREQUISITES =
      Map.of(
          Layer.TOKENS, Set.of(),
          Layer.SENTENCES, Set.of(Layer.TOKENS),
          Layer.POS, Set.of(Layer.TOKENS, Layer.SENTENCES),
          Layer.LEMMAS, Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS),
          Layer.NER, Set.of(Layer.TOKENS, Layer.SENTENCES),
          Layer.TIMES, Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS),
          Layer.DEPENDENCIES, Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS));

  public NlpConfig {
    Objects.requireNonNull(layers, "layers");
    layers = Set.copyOf(layers);
    List<String> problems = new ArrayList<>();
    if (layers.isEmpty()) {
      problems.add("no layers requested; ask for at least TOKENS and SENTENCES");
    }
    for (Layer layer : sorted(layers)) {
      if (!SUPPORTED.contains(layer)) {
        problems.add(
            layer + " is not produced by the NLP stage (it supports " + sorted(SUPPORTED) + ")");
        continue;
      }
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      for (Layer needed : prerequisites(layer)) {
        if (!layers.contains(needed)) {
          missing.add(needed);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(layer + " needs " + missing + "; add them");
      }
    }
    if (!layers.isEmpty() && !layers.contains(Layer.SENTENCES) && problems.isEmpty()) {
      // Every Token carries its sentence index, so sentences are always split.
      problems.add("SENTENCES is required (every token carries its sentence index); add it");
    }
    if (maxDependencyTokens < 0) {
      problems.add("maxDependencyTokens must be >= 0 (0 = no limit), was " + maxDependencyTokens);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(
          "invalid NLP configuration "
              + sorted(layers)
              + ": "
              + String.join("; ", problems)
              + " (NlpConfig.forLayers(...) adds prerequisites automatically)");
    }
  }

  /**
   * The configuration the engine uses unless told otherwise: TOKENS, SENTENCES, POS, LEMMAS, NER
   * and TIMES; no dependency parse.
   */
  public static NlpConfig defaults() {
    return forLayers(Layer.NER, Layer.TIMES, Layer.LEMMAS);
  }

  /**
   * The smallest valid configuration that produces the given layers: their prerequisites (and
   * TOKENS, SENTENCES) are added, {@link #maxDependencyTokens} is the default.
   *
   * @throws ConfigException if a layer is not {@link #SUPPORTED}
   */
  public static NlpConfig forLayers(Collection<Layer> wanted) {
    EnumSet<Layer> closed = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    for (Layer layer : wanted) {
      closed.add(layer);
      closed.addAll(prerequisites(layer));
    }
    return new NlpConfig(closed, DEFAULT_MAX_DEPENDENCY_TOKENS);
  }

  /** Same as {@link #forLayers(Collection)}. */
  public static NlpConfig forLayers(Layer... wanted) {
    return forLayers(Arrays.asList(wanted));
  }

  /** A copy with another {@link #maxDependencyTokens}. */
  public NlpConfig withMaxDependencyTokens(int max) {
    return new NlpConfig(layers, max);
  }

  /** Whether a layer is requested. */
  public boolean wants(Layer layer) {
    return layers.contains(layer);
  }

  /** The layers that must also be present when {@code layer} is requested. */
  public static Set<Layer> prerequisites(Layer layer) {
    return PREREQUISITES.getOrDefault(layer, Set.of());
  }

  private static List<Layer> sorted(Set<Layer> layers) {
    return List.copyOf(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
  }
}
