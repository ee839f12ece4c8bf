// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * Where a fact came from: the document, the character span in its stored text, the rule or model
 * that produced it and that rule's version.
 */
public record Provenance(String document, Span span, String rule, String version) {

  public Provenance {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(version, "version");
  }
}
