// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench;

import io.dossier.engine.Engine;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.ingest.Ingestor;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.ArticleReaders;
import io.dossier.ingest.ArticleSink;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.InputFiles;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.nlp.BaselinePipeline;
import io.dossier.store.SqliteKnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures end-to-end ingest (read → NLP → extraction → resolution → stored) and, on the same
 * articles in the same run, CoreNLP's stock default pipeline, so the two can be compared as a ratio
 * on the same machine and load.
 */
public final class Benchmark {

  /**
   * One measured run.
   *
   * @param name what ran
   * @param articles articles processed
   * @param characters characters of article text
   * @param tokens tokens annotated
   * @param seconds wall time, including model loading when {@code loadSeconds} is part of it
   * @param loadSeconds model loading time (excluded from the throughput figures)
   * @param peakHeapBytes peak used heap, sampled
   * @param peakLiveHeapBytes peak heap in use right after a collection
   * @param stageMillis time per stage, summed over threads
   * @param annotation what the annotation stage reports (sentences parsed, time per part)
   */
  public record Result(
      String name,
      int articles,
      long characters,
      long tokens,
      double seconds,
      double loadSeconds,
      long peakHeapBytes,
      long peakLiveHeapBytes,
      Map<String, Long> stageMillis,
      Map<String, Long> annotation) {

    /** Articles per second, model loading excluded. */
    public double articlesPerSecond() {
      return articles / Math.max(1e-9, seconds - loadSeconds);
    }

    /** Tokens per second, model loading excluded. */
    public double tokensPerSecond() {
      return tokens / Math.max(1e-9, seconds - loadSeconds);
    }
  }

  private Benchmark() {}

  /** Reads up to {@code limit} articles from the inputs (0 = all); problems are reported. */
  public static List<Article> read(List<Path> inputs, int limit, List<IngestIssue> issues) {
    List<Article> articles = new ArrayList<>();
    ArticleReaders readers = new ArticleReaders();
    for (Path file : InputFiles.expand(inputs, issues::add)) {
      readers.read(file, IngestDefaults.NONE, ArticleSink.of(articles::add, issues::add));
    }
    return limit > 0 && articles.size() > limit
        ? List.copyOf(articles.subList(0, limit))
        : articles;
  }

  /** Ingests {@code articles} into a fresh store in {@code storeDir}, timing every stage. */
  public static Result dossier(List<Article> articles, Path storeDir, int threads) {
    long t0 = System.nanoTime();
    try (HeapSampler heap = new HeapSampler();
        SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(storeDir)) {
      ArticleProcessor processor = Engine.standardProcessor(threads);
      double load = (System.nanoTime() - t0) / 1e9;
      IngestSummary summary =
          new Ingestor(kb, () -> processor, Engine.standardResolver(), threads)
              .runArticles(articles, IngestListener.NONE);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
      return new Result(
          "Dossier (" + threads + " threads; ingested " + summary.ingested() + ")",
          summary.ingested(),
          chars,
          processor.tokensProcessed(),
          seconds,
          load,
          heap.peakUsed(),
          heap.peakAfterGc(),
          processor.timings().millis(),
          processor.annotationStatistics());
    }
  }

  /** Runs CoreNLP's stock pipeline with {@code annotators} over the same articles. */
  public static Result baseline(List<Article> articles, String annotators, int threads) {
    long t0 = System.nanoTime();
    try (HeapSampler heap = new HeapSampler()) {
      BaselinePipeline pipeline = BaselinePipeline.create(annotators);
      double load = (System.nanoTime() - t0) / 1e9;
      AtomicInteger n = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "dossier-baseline-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      long tokens = 0;
      try {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Article a : articles) {
          futures.add(pool.submit(() -> pipeline.annotate(a.text(), a.published())));
        }
        for (Future<Integer> f : futures) {
          tokens += f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("CoreNLP baseline failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
      return new Result(
          "CoreNLP " + annotators + " (" + threads + " threads)",
          articles.size(),
          chars,
          tokens,
          seconds,
          load,
          heap.peakUsed(),
          heap.peakAfterGc(),
          Map.of(),
          Map.of());
    }
  }
}
