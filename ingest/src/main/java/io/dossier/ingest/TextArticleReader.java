// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.boilerplate.Cleaned;
import io.dossier.ingest.internal.ArticleDraft;
import io.dossier.ingest.internal.Loaded;
import io.dossier.ingest.internal.PlainText;
import io.dossier.ingest.internal.TextFiles;
import io.dossier.ingest.internal.TextNormalizer;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain-text article ({@code .txt}, UTF-8): the first non-empty line is the title, the rest
 * is the body, split into paragraphs at blank lines (hard-wrapped lines are joined) and cleaned of
 * boilerplate. Files over {@value TextFiles#MAX_FILE_BYTES} bytes are refused.
 */
public final class TextArticleReader implements ArticleReader {
  private final BoilerplateDetector detector;
  private final long maxBytes;

  /** A reader with the standard boilerplate rules. */
  public TextArticleReader() {
    this(BoilerplateDetector.standard(), TextFiles.MAX_FILE_BYTES);
  }

  TextArticleReader(BoilerplateDetector detector, long maxBytes) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.maxBytes = maxBytes;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("txt");
  }

  @Override
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    String source = file.toString();
    Loaded loaded = TextFiles.load(file, maxBytes, TextFiles.Charsets.UTF8_ONLY);
    if (loaded instanceof Loaded.Problem problem) {
      sink.issue(problem.toIssue(source, null));
      return;
    }
    List<String> lines = PlainText.lines(((Loaded.Text) loaded).text());
    int first = 0;
    while (first < lines.size() && TextNormalizer.paragraph(lines.get(first)).isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      // Only invisible characters (zero-width spaces, stray control characters).
      sink.issue(
          new IngestIssue(source, null, IngestIssue.Kind.EMPTY, "the file has no visible text"));
      return;
    }
    String title = lines.get(first);
    Cleaned body = detector.clean(PlainText.paragraphs(lines.subList(first + 1, lines.size())));
    ArticleDraft draft =
        new ArticleDraft(source).title(title).body(body.kept(), body.removedTexts());
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isPresent()) {
      sink.article(article.get());
    } else {
      sink.issue(
          new IngestIssue(source, null, IngestIssue.Kind.EMPTY, Messages.noText(draft, true)));
    }
  }
}
