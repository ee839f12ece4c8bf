// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.ConfigException;
import io.dossier.model.InvalidInputException;
import io.dossier.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One split of PolNeAR: its articles and, per article, the gold attributions of one annotator (the
 * alphabetically first, for the few articles annotated by several).
 *
 * @param split the split read ({@code train} or {@code dev})
 * @param articles the articles in file order
 * @param gold gold attributions by article id (of the alphabetically first annotator)
 * @param multiplyAnnotated for the articles annotated independently by several people: every
 *     annotator's attributions, by article id, then annotator id (annotators in alphabetical order)
 */
public record PolnearCorpus(
    String split,
    List<Article> articles,
    Map<String, List<Attribution>> gold,
    Map<String, Map<String, List<Attribution>>> multiplyAnnotated) {

  public PolnearCorpus {
    articles = List.copyOf(articles);
    gold = Map.copyOf(gold);
    Map<String, Map<String, List<Attribution>>> copy = new LinkedHashMap<>();
    multiplyAnnotated.forEach(
        (id, byAnnotator) -> {
          Map<String, List<Attribution>> inner = new java.util.TreeMap<>();
          byAnnotator.forEach((k, v) -> inner.put(k, List.copyOf(v)));
          copy.put(id, java.util.Collections.unmodifiableMap(inner));
        });
    multiplyAnnotated = java.util.Collections.unmodifiableMap(copy);
  }

  /** The same split restricted to the given articles (in this split's order). */
  public PolnearCorpus restrictedTo(java.util.Set<String> ids) {
    Map<String, List<Attribution>> g = new HashMap<>();
    Map<String, Map<String, List<Attribution>>> m = new LinkedHashMap<>();
    List<Article> kept = articles.stream().filter(a -> ids.contains(a.id())).toList();
    for (Article a : kept) {
      g.put(a.id(), gold.getOrDefault(a.id(), List.of()));
      if (multiplyAnnotated.containsKey(a.id())) {
        m.put(a.id(), multiplyAnnotated.get(a.id()));
      }
    }
    return new PolnearCorpus(split, kept, g, m);
  }

  /**
   * One PolNeAR article.
   *
   * @param id corpus id
   * @param published publication date, if given
   * @param text the exact text all offsets point into
   * @param annotator the annotator whose attributions are scored against
   */
  public record Article(String id, @Nullable LocalDate published, String text, String annotator) {}

  /**
   * One gold attribution relation.
   *
   * @param relation relation id within the article and annotator
   * @param source the source (speaker) span, if any (whole extent when discontinuous)
   * @param cue the cue span, if any
   * @param content the content pieces in text order
   */
  public record Attribution(
      String relation, @Nullable Span source, @Nullable Span cue, List<Span> content) {
    public Attribution {
      content = List.copyOf(content);
    }
  }

  /** Reads {@code articles.jsonl} and {@code attributions.jsonl} of {@code dir} for a split. */
  public static PolnearCorpus read(Path dir, String split) throws IOException {
    Path articlesFile = dir.resolve("articles.jsonl");
    Path attributionsFile = dir.resolve("attributions.jsonl");
    if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(attributionsFile)) {
      throw new ConfigException(
          "no articles.jsonl and attributions.jsonl in "
              + dir
              + "; pass --data DIR (the shared/data/polnear folder)");
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, Map<String, List<Attribution>>> multi = new LinkedHashMap<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(articlesFile, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = parse(mapper, line, articlesFile, lineNo);
        if (!split.equals(n.path("split").asText())) {
          continue;
        }
        List<String> annotators = new ArrayList<>();
        n.path("annotators").forEach(a -> annotators.add(a.asText()));
        if (annotators.isEmpty()) {
          throw new InvalidInputException(
              articlesFile + ":" + lineNo + ": article has no annotators");
        }
        annotators.sort(null);
        if (annotators.size() > 1) {
          Map<String, List<Attribution>> byAnnotator = new java.util.TreeMap<>();
          annotators.forEach(x -> byAnnotator.put(x, new ArrayList<>()));
          multi.put(n.path("id").asText(), byAnnotator);
        }
        String date = n.path("published").asText("");
        articles.put(
            n.path("id").asText(),
            new Article(
                n.path("id").asText(),
                date.isEmpty() ? null : LocalDate.parse(date),
                n.path("text").asText(),
                annotators.get(0)));
      }
    }
    if (articles.isEmpty()) {
      throw new ConfigException(
          "no articles of split '" + split + "' in " + articlesFile + "; use train or dev");
    }
    Map<String, List<Attribution>> gold = new HashMap<>();
    articles.keySet().forEach(id -> gold.put(id, new ArrayList<>()));
    lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(attributionsFile, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = parse(mapper, line, attributionsFile, lineNo);
        Article article = articles.get(n.path("article").asText());
        if (article == null) {
          continue;
        }
        String annotator = n.path("annotator").asText();
        boolean first = article.annotator().equals(annotator);
        Map<String, List<Attribution>> byAnnotator = multi.get(article.id());
        List<Attribution> other = byAnnotator == null ? null : byAnnotator.get(annotator);
        if (!first && other == null) {
          continue;
        }
        List<Span> content = new ArrayList<>();
        n.path("content").forEach(c -> content.add(span(c)));
        Attribution attribution =
            new Attribution(
                n.path("relation").asText(),
                n.path("source").isObject() ? span(n.path("source")) : null,
                n.path("cue").isObject() ? span(n.path("cue")) : null,
                content);
        if (first) {
          gold.get(article.id()).add(attribution);
        }
        if (other != null) {
          other.add(attribution);
        }
      }
    }
    Map<String, List<Attribution>> frozen = new HashMap<>();
    gold.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PolnearCorpus(split, List.copyOf(articles.values()), frozen, multi);
  }

  private static Span span(JsonNode n) {
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static JsonNode parse(ObjectMapper mapper, String line, Path file, int lineNo) {
    try {
      return mapper.readTree(line);
    } catch (IOException e) {
      throw new InvalidInputException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
    }
  }
}
