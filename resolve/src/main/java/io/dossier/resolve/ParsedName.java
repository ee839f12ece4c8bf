// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.EntityType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A name split into the words that matter for matching ({@link TransliterationKeys#parse}).
 *
 * @param type the entity type it was parsed for (person names are parsed differently)
 * @param original the name as given
 * @param tokens the words, particles removed, compounds joined, a person's surname last; empty only
 *     when the name has no letters or digits
 * @param acronym the letters of the name in lower case when it is shaped like an acronym ("LNA",
 *     "U.N."), else {@code null}
 * @param inverted how a person name was found to be written surname first ({@code "comma"} or
 *     {@code "capitals"}), else {@code null}
 * @param particles whether a particle ("al-", "el") was removed
 */
record ParsedName(
    EntityType type,
    String original,
    List<NameToken> tokens,
    @Nullable String acronym,
    @Nullable String inverted,
    boolean particles) {

  ParsedName {
    tokens = List.copyOf(tokens);
  }

  boolean empty() {
    return tokens.isEmpty();
  }

  /** A person name of one word after particles: a surname (or a name) used alone. */
  boolean bare() {
    return tokens.size() == 1;
  }

  NameToken first() {
    return tokens.get(0);
  }

  NameToken last() {
    return tokens.get(tokens.size() - 1);
  }

  /** The words between the first and the last (a person's middle names). */
  List<NameToken> middles() {
    return tokens.size() <= 2 ? List.of() : tokens.subList(1, tokens.size() - 1);
  }

  /** The folded words joined by spaces: equal for spellings that differ only in form. */
  String strictKey() {
    return joined(NameToken::text);
  }

  /** The vowel-class keys of the words, in order, joined by spaces. */
  String orderedKey() {
    return joined(NameToken::key);
  }

  /** {@link #orderedKey} with each word read with a {@code w} after a vowel as a vowel. */
  String altOrderedKey() {
    return joined(NameToken::alt);
  }

  /** One form of each word joined by spaces; an acronym is its own key in every form. */
  private String joined(java.util.function.Function<NameToken, String> form) {
    if (acronym != null) {
      return acronym;
    }
    StringBuilder b = new StringBuilder();
    for (NameToken t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(form.apply(t));
    }
    return b.toString();
  }

  /** The same name read with its first word moved to the end (written surname first). */
  ParsedName rotated() {
    if (tokens.size() < 2) {
      return this;
    }
    List<NameToken> moved = new java.util.ArrayList<>(tokens.subList(1, tokens.size()));
    moved.add(tokens.get(0));
    return new ParsedName(type, original, moved, acronym, inverted, particles);
  }
}
