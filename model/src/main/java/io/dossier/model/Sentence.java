// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * One sentence: its character span and its tokens as the half-open index range {@code [firstToken,
 * endToken)} of the document's token list.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("invalid token range " + firstToken + ".." + endToken);
    }
  }
}
