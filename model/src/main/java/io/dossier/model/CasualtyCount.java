// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * A number of victims as one sentence reports it: "at least 15" is {@code low=15, high=15,
 * qualifier=at-least}; "between 18 and 20" is {@code 18..20, range}; "dozens" is {@code 12, vague}
 * (coded as ACLED does).
 *
 * @param low the conservative value
 * @param high the upper value (equal to low unless a range)
 * @param qualifier {@code exact}, {@code at-least}, {@code at-most}, {@code about}, {@code range}
 *     or {@code vague}
 * @param span the number phrase in the text
 * @param text the number phrase as written
 */
public record CasualtyCount(int low, int high, String qualifier, Span span, String text) {
  public CasualtyCount {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (low < 0 || high < low) {
      throw new IllegalArgumentException("invalid count " + low + ".." + high);
    }
  }
}
