// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.Layer;
import java.util.Set;

/** A pipeline stage that declares what it needs and what it adds. */
public interface Stage {

  /** Short name used in error messages and timings. */
  String name();

  /** Layers that earlier stages must provide. */
  Set<Layer> requires();

  /** Layers this stage adds. */
  Set<Layer> provides();
}
