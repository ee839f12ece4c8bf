// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a paragraph that is, as a whole, one of a set of known phrases (compared by {@link
 * Shape#key}), or whose key fully matches one of a few patterns and has at most {@code maxWords}
 * words. Matching the whole paragraph keeps genuine sentences that merely contain the phrase.
 */
final class PhraseRule implements BoilerplateRule {
  private final String name;
  private final Set<String> phrases;
  private final List<Pattern> patterns;
  private final int maxWords;

  PhraseRule(String name, Set<String> phrases, List<String> patterns, int maxWords) {
    this.name = Objects.requireNonNull(name, "name");
    this.phrases = Set.copyOf(phrases);
    this.patterns = patterns.stream().map(Pattern::compile).toList();
    this.maxWords = maxWords;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start);
    String key = Shape.key(paragraph);
    if (phrases.contains(key)) {
      return 1;
    }
    if (patterns.isEmpty() || Shape.words(paragraph) > maxWords) {
      return 0;
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(key).matches()) {
        return 1;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return "PhraseRule[" + name + "]";
  }
}
