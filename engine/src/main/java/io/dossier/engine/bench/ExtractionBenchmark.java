// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench;

import io.dossier.engine.export.Json;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.html.HtmlExtractor;
import io.dossier.ingest.html.ReadabilityExtractor;
import io.dossier.model.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Main-text extraction on a folder of raw news pages ({@code html/<key>.html.gz}, the layout of the
 * article-extraction benchmark): writes one {@code {"key", "articleBody"}} line per page, the
 * format the benchmark's own scorer reads.
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  /** The main-text extractors that can be compared. */
  public enum Extractor {
    /** Dossier's {@link HtmlExtractor}, as used by ingest. */
    DOSSIER,
    /** Readability4J's container, every paragraph in it. */
    READABILITY,
    /** Readability4J's container with Dossier's chrome pruning and boilerplate rules. */
    READABILITY_CLEANED;

    /** The option value naming this extractor ({@code readability-cleaned}). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    Function<String, List<String>> create() {
      BoilerplateDetector detector = BoilerplateDetector.standard();
      switch (this) {
        case READABILITY:
          return new ReadabilityExtractor(detector, ReadabilityExtractor.Mode.PLAIN)::paragraphs;
        case READABILITY_CLEANED:
          return new ReadabilityExtractor(detector, ReadabilityExtractor.Mode.CLEANED)::paragraphs;
        default:
          HtmlExtractor dossier = new HtmlExtractor(detector);
          return html -> dossier.extract(html).paragraphs();
      }
    }
  }

  /**
   * Extracts every page under {@code dir/html} with Dossier's extractor and writes the predictions
   * to {@code out}.
   *
   * @return the number of pages written
   */
  public static int predict(Path dir, Path out) throws IOException {
    return predict(dir, out, Extractor.DOSSIER);
  }

  /**
   * Extracts every page under {@code dir/html} with {@code extractor} and writes the predictions to
   * {@code out}.
   *
   * @return the number of pages written
   */
  public static int predict(Path dir, Path out, Extractor extractor) throws IOException {
    Path html = dir.resolve("html");
    if (!Files.isDirectory(html)) {
      throw new ConfigException(
          "no html/ folder with <key>.html.gz pages in " + dir + "; give the benchmark folder");
    }
    List<Path> pages;
    try (Stream<Path> files = Files.list(html)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    Function<String, List<String>> extract = extractor.create();
    List<String> lines = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      String key = name.substring(0, name.length() - ".html.gz".length());
      String source;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, String> line = new LinkedHashMap<>();
      line.put("key", key);
      line.put("articleBody", String.join("\n\n", extract.apply(source)));
      lines.add(Json.line(line));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    }
    return lines.size();
  }
}
