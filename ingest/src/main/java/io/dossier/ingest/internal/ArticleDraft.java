// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import io.dossier.ingest.date.PublicationDate;
import io.dossier.ingest.date.PublicationDates;
import io.dossier.ingest.lang.LanguageIdentifier;
import io.dossier.model.Article;
import io.dossier.model.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a reader found about one article and builds the {@link Article}: joins the
 * paragraphs, hashes the text, derives the id and decides the publication date. Mutable; one per
 * article.
 */
public final class ArticleDraft {
  /**
   * The language of an article whose input declares none and whose text is too short or too mixed
   * for {@link LanguageIdentifier} to be sure: Dossier reads English news, so a short snippet is
   * most likely English, and analysing a short foreign snippet costs less than skipping a short
   * English one.
   */
  public static final String DEFAULT_LANGUAGE = "en";

  private final String source;
  private @Nullable String givenId;
  private @Nullable String url;
  private @Nullable String outlet;
  private @Nullable String title;
  private @Nullable LocalDate published;
  private @Nullable String language;
  private List<String> paragraphs = List.of();
  private List<String> removed = List.of();

  /** A draft for an article read from {@code source} (a path or URL, as given). */
  public ArticleDraft(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  public ArticleDraft givenId(@Nullable String id) {
    this.givenId = id == null || id.isBlank() ? null : id.strip();
    return this;
  }

  public ArticleDraft url(@Nullable String url) {
    this.url = url == null || url.isBlank() ? null : url.strip();
    return this;
  }

  public ArticleDraft outlet(@Nullable String outlet) {
    this.outlet = TextNormalizer.title(outlet);
    return this;
  }

  public ArticleDraft title(@Nullable String title) {
    this.title = TextNormalizer.title(title);
    return this;
  }

  /** The publication date from the input's metadata. */
  public ArticleDraft published(@Nullable LocalDate published) {
    this.published = published;
    return this;
  }

  /** The language the input declares; without one it is identified from the text. */
  public ArticleDraft language(@Nullable String language) {
    this.language =
        language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    return this;
  }

  /** The body paragraphs (normalized) and the boilerplate removed from them. */
  public ArticleDraft body(List<String> paragraphs, List<String> removed) {
    this.paragraphs = List.copyOf(paragraphs);
    this.removed = List.copyOf(removed);
    return this;
  }

  /** How many boilerplate blocks were removed. */
  public int removedCount() {
    return removed.size();
  }

  /**
   * The article, or empty when no body text is left. Its publication date is decided by {@link
   * PublicationDates} (the URL, else the source when it is one, may give a date), its language is
   * the declared one, else the one {@link LanguageIdentifier} is sure of, else {@value
   * #DEFAULT_LANGUAGE}. A first paragraph that repeats the title is dropped first, since the title
   * is not part of the text.
   *
   * @param defaultOutlet outlet for inputs without one
   * @param defaultPublished publication date for inputs without one
   */
  public Optional<Article> build(
      @Nullable String defaultOutlet, @Nullable LocalDate defaultPublished) {
    List<String> body = new ArrayList<>(paragraphs);
    body.removeIf(String::isEmpty);
    if (!body.isEmpty() && title != null && body.get(0).equalsIgnoreCase(title)) {
      body.remove(0);
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String text = String.join("\n\n", body);
    String contentHash = Ids.sha256(text);
    String id =
        givenId != null ? Ids.documentFromGiven(givenId) : Ids.documentFromContent(contentHash);
    PublicationDate date =
        PublicationDates.decide(
            published, url != null ? url : source, defaultPublished, title, text);
    return Optional.of(
        new Article(
            id,
            source,
            outlet != null ? outlet : TextNormalizer.title(defaultOutlet),
            title,
            date.date(),
            date.basis(),
            language != null ? language : identifyLanguage(text),
            text,
            removed,
            url,
            contentHash,
            null));
  }

  private String identifyLanguage(String text) {
    String sample = title == null ? text : title + "\n\n" + text;
    return LanguageIdentifier.standard().identify(sample).orElse(DEFAULT_LANGUAGE);
  }
}
