// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/**
 * A half-open range of character offsets (UTF-16 code units, as Java {@code String} indexes) into
 * the stored text of one document: {@code text.substring(start, end)} is the evidence.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; fails with a clear message if the span does not fit {@code text}. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") exceeds text of length " + text.length());
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
