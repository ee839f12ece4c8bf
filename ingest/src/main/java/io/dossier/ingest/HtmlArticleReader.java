// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.html.ExtractedPage;
import io.dossier.ingest.html.HtmlExtractor;
import io.dossier.ingest.internal.ArticleDraft;
import io.dossier.ingest.internal.Loaded;
import io.dossier.ingest.internal.TextFiles;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a web page ({@code .html}, {@code .htm}): title, canonical URL, outlet, publication date,
 * language and main text, as extracted by {@link HtmlExtractor}. The page is UTF-8, or the charset
 * its {@code <meta>} declares when it is not valid UTF-8. Files over {@value
 * TextFiles#MAX_FILE_BYTES} bytes are refused.
 */
public final class HtmlArticleReader implements ArticleReader {
  private final HtmlExtractor extractor;
  private final long maxBytes;

  /** A reader with the standard boilerplate rules. */
  public HtmlArticleReader() {
    this(new HtmlExtractor(BoilerplateDetector.standard()), TextFiles.MAX_FILE_BYTES);
  }

  HtmlArticleReader(HtmlExtractor extractor, long maxBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.maxBytes = maxBytes;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("html", "htm");
  }

  @Override
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    String source = file.toString();
    Loaded loaded = TextFiles.load(file, maxBytes, TextFiles.Charsets.HTML_DECLARED);
    if (loaded instanceof Loaded.Problem problem) {
      sink.issue(problem.toIssue(source, null));
      return;
    }
    ExtractedPage page = extractor.extract(((Loaded.Text) loaded).text());
    ArticleDraft draft = draft(source, page);
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isPresent()) {
      sink.article(article.get());
    } else {
      sink.issue(
          new IngestIssue(
              source,
              null,
              IngestIssue.Kind.EMPTY,
              Messages.noText(draft, false) + " found in the page"));
    }
  }

  /** A draft with everything the page says; callers may override fields afterwards. */
  static ArticleDraft draft(String source, ExtractedPage page) {
    return new ArticleDraft(source)
        .title(page.title())
        .url(page.url())
        .outlet(page.outlet())
        .published(page.published())
        .language(page.language())
        .body(page.paragraphs(), page.removed());
  }
}
