// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import io.dossier.engine.export.Wire;
import io.dossier.engine.internal.Lazy;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.ArticleReaders;
import io.dossier.ingest.ArticleSink;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.IngestIssue;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the per-document stages only, without a store, for {@code dossier annotate}: what Dossier
 * sees in one article.
 */
public final class DocumentAnnotator {
  private final Lazy<ArticleProcessor> processor;

  /** With the standard processor. */
  public DocumentAnnotator() {
    this(Engine::standardProcessor);
  }

  /** With a given processor factory. */
  public DocumentAnnotator(Supplier<ArticleProcessor> processor) {
    this.processor = Lazy.of(processor);
  }

  /**
   * Reads each file and reports one annotated document per article, or an issue per problem.
   *
   * @return the number of problems reported
   */
  public int annotate(
      List<Path> files,
      IngestDefaults defaults,
      Consumer<Wire.AnnotatedDocument> out,
      Consumer<IngestIssue> issues) {
    return annotate(files, defaults, out, issues, note -> {});
  }

  /**
   * Reads each file and reports one annotated document per article, or an issue per problem; an
   * article the stages do not analyse (not English, see {@link ArticleProcessor#analyses}) is
   * reported with no mentions and one note, {@code SOURCE: not analysed (language fr)}.
   *
   * @return the number of problems reported
   */
  public int annotate(
      List<Path> files,
      IngestDefaults defaults,
      Consumer<Wire.AnnotatedDocument> out,
      Consumer<IngestIssue> issues,
      Consumer<String> notes) {
    int[] problems = {0};
    ArticleReaders readers = new ArticleReaders();
    for (Path file : files) {
      readers.read(
          file,
          defaults,
          new ArticleSink() {
            @Override
            public void article(Article article) {
              DocumentAnalysis a;
              try {
                if (ArticleProcessor.analyses(article)) {
                  a = processor.get().process(article);
                } else {
                  notes.accept(
                      article.source() + ": not analysed (language " + article.language() + ")");
                  a = new DocumentAnalysis(article, List.of(), List.of());
                }
              } catch (RuntimeException e) {
                issue(
                    new IngestIssue(
                        article.source(),
                        null,
                        IngestIssue.Kind.FAILED,
                        "processing failed: " + e));
                return;
              }
              out.accept(Wire.AnnotatedDocument.of(a));
            }

            @Override
            public void issue(IngestIssue issue) {
              problems[0]++;
              issues.accept(issue);
            }
          });
    }
    return problems[0];
  }
}
