// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.boilerplate.Cleaned;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Element;

/**
 * Main text by Readability4J (a Kotlin port of Mozilla's Readability), for comparison with {@link
 * HtmlExtractor} in {@code dossier bench-extraction}. The container Readability picks is split into
 * paragraphs like Dossier's own; {@link Mode} says how much of Dossier's cleaning follows.
 * Thread-safe.
 */
public final class ReadabilityExtractor {

  /** How much of Dossier's cleaning is applied to Readability's container. */
  public enum Mode {
    /** Readability's container as it is: every paragraph in it. */
    PLAIN,
    /** Readability's container, then Dossier's page-chrome pruning and boilerplate rules. */
    CLEANED
  }

  private final BoilerplateDetector detector;
  private final Mode mode;

  /** An extractor in {@code mode}, cleaning with {@code detector} when the mode says so. */
  public ReadabilityExtractor(BoilerplateDetector detector, Mode mode) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** The main-text paragraphs of {@code html}; empty when Readability finds no article. */
  public List<String> paragraphs(String html) {
    Article article = new Readability4JExtended("", html).parse();
    Element content = article.getArticleContent();
    if (content == null) {
      return List.of();
    }
    List<String> paragraphs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Flattener.Piece piece : Flattener.pieces(List.of(content))) {
      if (mode == Mode.PLAIN) {
        paragraphs.add(piece.text());
      } else if (piece.chrome() == null) {
        run.add(piece.text());
      } else {
        clean(run, paragraphs);
      }
    }
    clean(run, paragraphs);
    return paragraphs;
  }

  private void clean(List<String> run, List<String> paragraphs) {
    if (run.isEmpty()) {
      return;
    }
    Cleaned cleaned = detector.clean(run);
    paragraphs.addAll(cleaned.kept());
    run.clear();
  }
}
