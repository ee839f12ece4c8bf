// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;

/**
 * A named rule that recognizes one kind of boilerplate among an article's paragraphs.
 *
 * <p>Contract: {@link #match} looks at the paragraph at {@code start} (and, for block rules, the
 * ones after it) and returns how many paragraphs, from {@code start} on, form one boilerplate
 * block; 0 when the paragraph at {@code start} is not boilerplate of this kind. Paragraphs are
 * normalized (one space between words, no control characters). Rules are pure and thread-safe.
 */
public interface BoilerplateRule {

  /** Short kebab-case name, reported with each removal (for example {@code teaser}). */
  String name();

  /** Number of paragraphs from {@code start} that form one block of this boilerplate; 0 if none. */
  int match(List<String> paragraphs, int start);
}
