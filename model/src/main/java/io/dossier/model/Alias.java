// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * One surface form of a resolved entity.
 *
 * @param name the form as written
 * @param mentions how many mentions use this form
 * @param rule why this form was linked to the entity
 */
public record Alias(String name, int mentions, String rule) {

  public Alias {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
  }
}
