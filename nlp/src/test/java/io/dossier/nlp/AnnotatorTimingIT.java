// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.Sentence;
import io.dossier.model.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, not a test: per-configuration and per-annotator timings on real news articles.
 * Runs only with {@code -Ddossier.nlp.benchmark=true} and when the corpus file exists (override
 * with {@code -Ddossier.nlp.articles=...}); the article text is read at run time and never stored.
 *
 * <pre>
 * mvn -B -pl nlp verify -Ddossier.nlp.benchmark=true -Dit.test=AnnotatorTimingIT
 * </pre>
 */
@EnabledIfSystemProperty(named = "dossier.nlp.benchmark", matches = "true")
class AnnotatorTimingIT {

  private static final int ARTICLES = Integer.getInteger("dossier.nlp.benchmark.articles", 50);
  private static final int WARM_UP = 20;

  private record Article(String id, String text, @Nullable LocalDate date) {}

  @Test
  void printTimings() throws Exception {
    Path file =
        Path.of(
            System.getProperty("dossier.nlp.articles", "/work/shared/data/polnear/articles.jsonl"));
    assumeThat(Files.isRegularFile(file)).as("corpus %s", file).isTrue();
    List<Article> articles = read(file, ARTICLES);
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    print(
        "%d articles from %s, %d chars (%.0f chars/article)%n",
        articles.size(), file, chars, (double) chars / articles.size());

    measure("tokenize,ssplit", NlpConfig.forLayers(), articles);
    measure("+pos,lemma", NlpConfig.forLayers(Layer.LEMMAS), articles);
    measure(
        "+ner (4class) only, no SUTime", NlpConfig.forLayers(Layer.LEMMAS, Layer.NER), articles);
    measure("+ner with SUTime (defaults)", NlpConfig.defaults(), articles);
    EnumSet<Layer> all = EnumSet.copyOf(NlpConfig.defaults().layers());
    all.add(Layer.DEPENDENCIES);
    measure("+depparse (max 100 tokens)", NlpConfig.forLayers(all), articles);
    measure("+depparse (no limit)", NlpConfig.forLayers(all).withMaxDependencyTokens(0), articles);
    measureParallel("defaults, 2 threads", NlpConfig.defaults(), articles, 2);
  }

  private static void measure(String label, NlpConfig config, List<Article> articles) {
    long t0 = System.nanoTime();
    CoreNlpAnnotator warm = CoreNlpAnnotator.create(config);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    for (Article a : articles.subList(0, Math.min(WARM_UP, articles.size()))) {
      warm.annotate(a.id(), a.text(), a.date());
    }
    // Same properties: CoreNLP reuses the loaded annotators, but timing starts from zero.
    CoreNlpAnnotator annotator = CoreNlpAnnotator.create(config);
    long tokens = 0;
    long sentences = 0;
    long longSentences = 0;
    int maxSentence = 0;
    long mismatches = 0;
    long times = 0;
    long resolved = 0;
    long start = System.nanoTime();
    for (Article a : articles) {
      AnnotatedText at = annotator.annotate(a.id(), a.text(), a.date());
      tokens += at.tokens().size();
      sentences += at.sentences().size();
      for (Sentence s : at.sentences()) {
        int size = s.endToken() - s.firstToken();
        maxSentence = Math.max(maxSentence, size);
        if (size > NlpConfig.DEFAULT_MAX_DEPENDENCY_TOKENS) {
          longSentences++;
        }
      }
      for (Token t : at.tokens()) {
        if (!at.textOf(t.span()).equals(t.word())) {
          mismatches++;
        }
      }
      times += at.times().size();
      resolved += at.times().stream().filter(t -> t.value() != null).count();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    print(
        "%n== %s [%s]%n   model load %d ms; %.1f ms/article, %.0f tokens/s"
            + " (%d tokens, %d sentences, longest %d, %d over %d tokens,"
            + " %d tokens whose word differs from the text, %d times / %d with value)%n",
        label,
        String.join(",", CoreNlpAnnotator.annotators(config))
            + (config.wants(Layer.DEPENDENCIES) ? "+depparse" : ""),
        loadMs,
        seconds * 1000 / articles.size(),
        tokens / seconds,
        tokens,
        sentences,
        maxSentence,
        longSentences,
        NlpConfig.DEFAULT_MAX_DEPENDENCY_TOKENS,
        mismatches,
        times,
        resolved);
    print("   %s%n", annotator.timingInformation().replace("\n", "\n   "));
  }

  private static void measureParallel(
      String label, NlpConfig config, List<Article> articles, int threads) throws Exception {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.create(config);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "benchmark-" + n.incrementAndGet()));
    try {
      long start = System.nanoTime();
      List<Future<AnnotatedText>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> annotator.annotate(a.id(), a.text(), a.date())));
      }
      long tokens = 0;
      for (Future<AnnotatedText> f : futures) {
        tokens += f.get().tokens().size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      print(
          "%n== %s: %.1f ms/article wall, %.0f tokens/s%n",
          label, seconds * 1000 / articles.size(), tokens / seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Article> read(Path file, int limit) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (articles.size() < limit && (line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonFields fields = JsonFields.parse(line);
        String text = fields.string("text");
        if (text == null || text.isBlank()) {
          continue;
        }
        String id = fields.string("id");
        articles.add(new Article(id == null ? "line" + articles.size() : id, text, date(fields)));
      }
    }
    return articles;
  }

  private static @Nullable LocalDate date(JsonFields fields) {
    String published = fields.string("published");
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @SuppressWarnings("SystemOut")
  private static void print(String format, Object... args) {
    System.out.printf(Locale.ROOT, format, args);
  }
}
