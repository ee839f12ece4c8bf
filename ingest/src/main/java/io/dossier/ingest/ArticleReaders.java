// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.feed.FeedArticleReader;
import io.dossier.ingest.warc.WarcArticleReader;
import io.dossier.model.IngestIssue;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads any supported input file by handing it to the {@link ArticleReader} for its extension
 * (case-insensitive; the longest matching extension wins, so {@code .warc.gz} can be told from
 * {@code .gz}). A file no reader takes becomes an {@link IngestIssue.Kind#UNSUPPORTED} issue.
 * Immutable and thread-safe when its readers are.
 */
public final class ArticleReaders {
  private final List<ArticleReader> readers;

  /** The standard readers: plain text, HTML, JSON Lines, WARC and RSS/Atom feeds. */
  public ArticleReaders() {
    this(
        List.of(
            new TextArticleReader(),
            new HtmlArticleReader(),
            new JsonlArticleReader(),
            new WarcArticleReader(),
            new FeedArticleReader()));
  }

  /** The given readers. */
  public ArticleReaders(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /**
   * Reads {@code file}, reporting its articles and issues to {@code sink}; never throws for bad
   * input.
   */
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    Optional<ArticleReader> reader = readerFor(file);
    if (reader.isPresent()) {
      reader.get().read(file, defaults, sink);
      return;
    }
    Path name = file.getFileName();
    sink.issue(
        new IngestIssue(
            file.toString(),
            null,
            IngestIssue.Kind.UNSUPPORTED,
            "cannot read "
                + (name == null ? file : name)
                + ": unsupported file type; supported extensions are "
                + extensions().stream().map(e -> "." + e).collect(Collectors.joining(", "))));
  }

  /** The reader for {@code file}'s extension, if any. */
  public Optional<ArticleReader> readerFor(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    ArticleReader best = null;
    int bestLength = 0;
    for (ArticleReader reader : readers) {
      for (String extension : reader.extensions()) {
        if (lower.endsWith("." + extension) && extension.length() > bestLength) {
          best = reader;
          bestLength = extension.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every extension some reader handles, sorted, without dots. */
  public SortedSet<String> extensions() {
    SortedSet<String> all = new TreeSet<>();
    readers.forEach(reader -> all.addAll(reader.extensions()));
    return all;
  }
}
