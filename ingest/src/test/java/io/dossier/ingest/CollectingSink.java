// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps everything a reader reports. */
final class CollectingSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<IngestIssue> issues = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void issue(IngestIssue issue) {
    issues.add(issue);
  }

  Article single() {
    if (articles.size() != 1 || !issues.isEmpty()) {
      throw new AssertionError("expected one article and no issue, got " + articles + " " + issues);
    }
    return articles.get(0);
  }

  IngestIssue singleIssue() {
    if (issues.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError("expected one issue and no article, got " + articles + " " + issues);
    }
    return issues.get(0);
  }
}
