// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time expression in the text.
 *
 * @param span character offsets in the document text
 * @param text the covered text
 * @param type TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value normalized TIMEX3-style value ({@code 2017-07-17}, {@code 2017-07}, {@code
 *     2017-W29}, {@code P3Y}, …), or null when the text does not determine it (a relative
 *     expression in an undated article is never resolved against today)
 */
public record TimeExpression(Span span, String text, String type, @Nullable String value) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
