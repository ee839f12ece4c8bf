// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an HTML page says about its article.
 *
 * @param title headline, if found
 * @param url canonical URL (absolute http or https), if found
 * @param outlet publishing outlet, if found
 * @param published publication date from the page's metadata, if found
 * @param language primary language subtag from the page ({@code en}), if declared
 * @param paragraphs the main text, one normalized paragraph each, boilerplate removed
 * @param removed boilerplate blocks taken out of the main text, in order (page chrome outside the
 *     main text, such as menus and sidebars, is not listed)
 */
public record ExtractedPage(
    @Nullable String title,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String language,
    List<String> paragraphs,
    List<String> removed) {

  public ExtractedPage {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }
}
