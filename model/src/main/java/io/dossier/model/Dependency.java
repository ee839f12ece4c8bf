// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * One edge of a dependency parse, between document-level token indexes.
 *
 * @param governor token index of the head, or {@code -1} for the root
 * @param dependent token index of the dependent
 * @param relation Universal Dependencies relation, e.g. {@code nsubj}, {@code obl:in}
 */
public record Dependency(int governor, int dependent, String relation) {

  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }
}
