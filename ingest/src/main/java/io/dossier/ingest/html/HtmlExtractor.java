// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.boilerplate.Cleaned;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from an HTML page: metadata from {@code <meta>}, JSON-LD, the canonical link
 * and {@code <title>}; the main text from the container that holds it (see {@link MainContent}),
 * without the page chrome, then cleaned by a {@link BoilerplateDetector}. The markup is parsed by
 * jsoup and never executed; nothing is fetched. Thread-safe.
 */
public final class HtmlExtractor {
  /** Main text shorter than this is suspect: the search is retried with fewer exclusions. */
  private static final int MIN_TEXT = 500;

  private final BoilerplateDetector detector;
  private final ObjectMapper mapper = new ObjectMapper();

  /** An extractor that cleans the main text with {@code detector}. */
  public HtmlExtractor(BoilerplateDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** The article in {@code html}; its paragraphs are empty when the page has no main text. */
  public ExtractedPage extract(String html) {
    Document doc = Parser.htmlParser().parseInput(html, "");
    Element body = doc.body();
    List<Element> roots = MainContent.markedArticleBody(body);
    if (roots.isEmpty()) {
      roots = MainContent.roots(body, true);
    }
    List<Flattener.Piece> pieces = Flattener.pieces(roots);
    if (textLength(pieces) < MIN_TEXT) {
      List<Element> relaxed = MainContent.roots(body, false);
      List<Flattener.Piece> more = Flattener.pieces(relaxed);
      if (textLength(more) > textLength(pieces)) {
        roots = relaxed;
        pieces = more;
      }
    }

    List<String> paragraphs = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Flattener.Piece piece : pieces) {
      if (piece.chrome() == null) {
        run.add(piece.text());
      } else {
        clean(run, paragraphs, removed);
        removed.add(piece.text());
      }
    }
    clean(run, paragraphs, removed);

    PageMetadata metadata = new PageMetadata(doc, mapper);
    String url = metadata.url();
    return new ExtractedPage(
        metadata.title(roots),
        url,
        metadata.outlet(url),
        metadata.published(roots),
        metadata.language(),
        paragraphs,
        removed);
  }

  private static int textLength(List<Flattener.Piece> pieces) {
    int length = 0;
    for (Flattener.Piece piece : pieces) {
      if (piece.chrome() == null) {
        length += piece.text().length();
      }
    }
    return length;
  }

  private void clean(List<String> run, List<String> paragraphs, List<String> removed) {
    if (run.isEmpty()) {
      return;
    }
    Cleaned cleaned = detector.clean(run);
    paragraphs.addAll(cleaned.kept());
    removed.addAll(cleaned.removedTexts());
    run.clear();
  }
}
