// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.ConfigException;
import io.dossier.model.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks that stages are ordered so that each one's requirements are already provided. */
public final class PipelinePlan {

  private PipelinePlan() {}

  /**
   * Fails with a {@link ConfigException} naming the first stage whose requirement is missing.
   *
   * @param initial layers available before the first stage
   * @param stages the stages in execution order
   * @return every layer available after the last stage
   */
  public static Set<Layer> check(Set<Layer> initial, List<? extends Stage> stages) {
    EnumSet<Layer> available =
        initial.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(initial);
    for (Stage stage : stages) {
      for (Layer needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new ConfigException(
              "pipeline stage '"
                  + stage.name()
                  + "' requires layer "
                  + needed
                  + ", which no earlier stage provides (available: "
                  + available
                  + "); add a stage that provides it before '"
                  + stage.name()
                  + "'");
        }
      }
      available.addAll(stage.provides());
    }
    return available;
  }

  /** The union of what the stages require and do not provide themselves. */
  public static Set<Layer> required(List<? extends Stage> stages) {
    EnumSet<Layer> needed = EnumSet.noneOf(Layer.class);
    EnumSet<Layer> provided = EnumSet.noneOf(Layer.class);
    for (Stage stage : stages) {
      for (Layer layer : stage.requires()) {
        if (!provided.contains(layer)) {
          needed.add(layer);
        }
      }
      provided.addAll(stage.provides());
    }
    return needed;
  }
}
