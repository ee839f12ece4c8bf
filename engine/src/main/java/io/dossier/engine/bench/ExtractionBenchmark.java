// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench;

import io.dossier.engine.export.Json;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.html.ExtractedPage;
import io.dossier.ingest.html.HtmlExtractor;
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
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Main-text extraction on a folder of raw news pages ({@code html/<key>.html.gz}, the layout of the
 * article-extraction benchmark): writes one {@code {"key", "articleBody"}} line per page, the
 * format the benchmark's own scorer reads.
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  /**
   * Extracts every page under {@code dir/html} and writes the predictions to {@code out}.
   *
   * @return the number of pages written
   */
  public static int predict(Path dir, Path out) throws IOException {
    Path html = dir.resolve("html");
    if (!Files.isDirectory(html)) {
      throw new ConfigException(
          "no html/ folder with <key>.html.gz pages in " + dir + "; give the benchmark folder");
    }
    List<Path> pages;
    try (Stream<Path> files = Files.list(html)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    HtmlExtractor extractor = new HtmlExtractor(BoilerplateDetector.standard());
    List<String> lines = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      String key = name.substring(0, name.length() - ".html.gz".length());
      String source;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      ExtractedPage extracted = extractor.extract(source);
      Map<String, String> line = new LinkedHashMap<>();
      line.put("key", key);
      line.put("articleBody", String.join("\n\n", extracted.paragraphs()));
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
