// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article after reading and boilerplate removal.
 *
 * @param id stable document id ({@code d-…}), from the id given in the input or the content hash
 * @param source the file path or URL the article was read from, as given (with {@code #line} for
 *     records inside a multi-article file)
 * @param outlet publishing outlet, if known
 * @param title headline, if known
 * @param published publication date, if known
 * @param publishedBasis how {@code published} was obtained
 * @param language ISO 639-1 language code
 * @param text the article body after boilerplate removal; all offsets point into it
 * @param removed boilerplate blocks that were removed from the body, in order
 * @param url canonical URL, if known
 * @param contentHash hash of the normalized text, the exact-duplicate key
 * @param duplicateOf id of the document this one is a near-duplicate of, if any
 */
public record Article(
    String id,
    String source,
    @Nullable String outlet,
    @Nullable String title,
    @Nullable LocalDate published,
    PublishedBasis publishedBasis,
    String language,
    String text,
    List<String> removed,
    @Nullable String url,
    String contentHash,
    @Nullable String duplicateOf) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedBasis, "publishedBasis");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    removed = List.copyOf(removed);
    if ((published == null) != (publishedBasis == PublishedBasis.UNKNOWN)) {
      throw new IllegalArgumentException(
          "published " + published + " does not agree with basis " + publishedBasis);
    }
  }

  /** A copy with another id (used when the input gives none and the hash decides). */
  public Article withId(String newId) {
    return new Article(
        newId,
        source,
        outlet,
        title,
        published,
        publishedBasis,
        language,
        text,
        removed,
        url,
        contentHash,
        duplicateOf);
  }

  /** A copy marked as a near-duplicate of {@code original}. */
  public Article withDuplicateOf(@Nullable String original) {
    return new Article(
        id,
        source,
        outlet,
        title,
        published,
        publishedBasis,
        language,
        text,
        removed,
        url,
        contentHash,
        original);
  }
}
