// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void coveredTextIsSubstring() {
    assertThat(new Span(5, 11).of("Gen. Haftar said")).isEqualTo("Haftar");
  }

  @Test
  void negativeOrReversedSpansAreRejected() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("[5, 2)");
  }

  @Test
  void spanBeyondTextNamesTheLength() {
    assertThatThrownBy(() -> new Span(0, 50).of("short")).hasMessageContaining("length 5");
  }

  @Test
  void overlapAndContainment() {
    Span a = new Span(0, 10);
    assertThat(a.overlaps(new Span(9, 12))).isTrue();
    assertThat(a.overlaps(new Span(10, 12))).isFalse();
    assertThat(a.contains(new Span(2, 10))).isTrue();
    assertThat(a.contains(new Span(2, 11))).isFalse();
  }
}
