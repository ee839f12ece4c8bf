// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.util.function.Consumer;

/**
 * Receives what a reader finds in one input file: articles and issues, in file order. A file may
 * give any mix of both (a JSON Lines file with some broken lines gives both).
 */
public interface ArticleSink {

  /** An article read from the file. */
  void article(Article article);

  /** A problem with the file or with one record in it. */
  void issue(IngestIssue issue);

  /** A sink that passes articles to {@code articles} and issues to {@code issues}. */
  static ArticleSink of(Consumer<? super Article> articles, Consumer<? super IngestIssue> issues) {
    return new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void issue(IngestIssue issue) {
        issues.accept(issue);
      }
    };
  }
}
