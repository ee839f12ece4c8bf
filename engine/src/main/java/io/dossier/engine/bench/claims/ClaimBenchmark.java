// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.ClaimStage;
import io.dossier.engine.pipeline.CoreNlpStage;
import io.dossier.engine.pipeline.EntityStage;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.model.Article;
import io.dossier.model.ClaimMention;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.Layer;
import io.dossier.model.LocalEntity;
import io.dossier.model.PublishedBasis;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs CoreNLP, {@link EntityStage} and {@link ClaimStage} over one PolNeAR split and scores the
 * claims against the gold attributions ({@link AttributionScorer}). Articles are built directly
 * from the corpus text (no boilerplate removal), so offsets agree with the gold spans.
 */
public final class ClaimBenchmark {

  /**
   * The outcome of one run.
   *
   * @param split the split
   * @param articles articles scored
   * @param scores the scores
   * @param claimStageMillisPerArticle mean time of the claim stage per article
   * @param annotationMillisPerArticle mean time of annotation (or cache read) per article
   */
  public record Result(
      String split,
      int articles,
      AttributionScorer.Scores scores,
      double claimStageMillisPerArticle,
      double annotationMillisPerArticle) {}

  private ClaimBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param corpus the split
   * @param threads worker threads
   * @param cache folder to keep parses in between runs, or null for none
   * @param errors file to write per-article errors to (for error analysis on train), or null
   * @param limit the number of articles to run (0: all)
   * @param progress told the number of articles done after each article
   */
  public static Result run(
      PolnearCorpus corpus,
      int threads,
      @Nullable Path cache,
      @Nullable Path errors,
      int limit,
      IntConsumer progress)
      throws IOException, InterruptedException {
    List<ExtractionStage> stages = List.of(new EntityStage(), new ClaimStage());
    java.util.Set<Layer> layers = ArticleProcessor.requiredLayers(stages);
    // the sentences are parsed as ingest parses them: only those that may yield a claim
    java.util.function.Supplier<TextAnnotation> stage =
        () -> CoreNlpStage.create(layers, ArticleProcessor.parseSelection(stages), threads);
    TextAnnotation annotation =
        cache == null ? stage.get() : new CachedAnnotation(cache, layers, stage);
    ArticleProcessor processor = new ArticleProcessor(annotation, stages);
    List<PolnearCorpus.Article> articles =
        limit > 0 && limit < corpus.articles().size()
            ? corpus.articles().subList(0, limit)
            : corpus.articles();

    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "bench-claims");
              t.setDaemon(true);
              return t;
            });
    AtomicInteger done = new AtomicInteger();
    List<Future<DocumentAnalysis>> futures = new ArrayList<>();
    for (PolnearCorpus.Article a : articles) {
      futures.add(
          pool.submit(
              () -> {
                DocumentAnalysis analysis = processor.process(article(a));
                progress.accept(done.incrementAndGet());
                return analysis;
              }));
    }
    pool.shutdown();
    AttributionScorer scorer = new AttributionScorer();
    try (Writer out =
        errors == null
            ? Writer.nullWriter()
            : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
      PrintWriter w = new PrintWriter(out);
      for (int i = 0; i < articles.size(); i++) {
        DocumentAnalysis analysis;
        try {
          analysis = futures.get(i).get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "article " + articles.get(i).id() + " failed: " + e.getCause(), e.getCause());
        }
        PolnearCorpus.Article a = articles.get(i);
        List<AttributionScorer.Predicted> predicted =
            analysis.claims().stream().map(c -> predicted(c, analysis.entities())).toList();
        List<AttributionScorer.Pair> pairs =
            scorer.add(corpus.gold().getOrDefault(a.id(), List.of()), predicted);
        if (errors != null) {
          writeErrors(w, a, pairs, analysis.claims());
        }
      }
      w.flush();
    }
    Map<String, Long> millis = processor.timings().millis();
    int n = Math.max(1, articles.size());
    return new Result(
        corpus.split(),
        articles.size(),
        scorer.scores(),
        millis.getOrDefault("claims", 0L) / (double) n,
        millis.getOrDefault("corenlp", 0L) / (double) n);
  }

  /** The article exactly as the corpus has it: no boilerplate removal, offsets unchanged. */
  static Article article(PolnearCorpus.Article a) {
    return new Article(
        a.id(),
        "polnear:" + a.id(),
        null,
        null,
        a.published(),
        a.published() == null ? PublishedBasis.UNKNOWN : PublishedBasis.METADATA,
        "en",
        a.text(),
        List.of(),
        null,
        Integer.toHexString(a.text().hashCode()),
        null);
  }

  static AttributionScorer.Predicted predicted(ClaimMention c, List<LocalEntity> entities) {
    Speaker s = c.speaker();
    List<Span> mentions = List.of();
    if (s != null && s.entity() != null) {
      int index = s.entity();
      mentions =
          entities.stream()
              .filter(e -> e.index() == index)
              .flatMap(e -> e.mentions().stream())
              .map(EntityMention::span)
              .toList();
    }
    return new AttributionScorer.Predicted(
        c.pieces(), s == null ? null : s.span(), mentions, c.cueSpan());
  }

  private static void writeErrors(
      PrintWriter w,
      PolnearCorpus.Article a,
      List<AttributionScorer.Pair> pairs,
      List<ClaimMention> claims) {
    String text = a.text();
    w.println("=== " + a.id());
    for (AttributionScorer.Pair p : pairs) {
      String tag =
          p.gold() == null
              ? "FP  "
              : p.predicted() == null ? "MISS" : p.speakerRight() ? "OK  " : "SPKR";
      w.print(tag);
      if (p.gold() != null) {
        w.print(
            " gold[" + show(text, p.gold().source()) + " | " + show(text, p.gold().cue()) + " | ");
        w.print(pieces(text, p.gold().content()) + "]");
      }
      if (p.predicted() != null) {
        AttributionScorer.Predicted q = p.predicted();
        ClaimMention c =
            claims.stream().filter(m -> m.pieces().equals(q.content())).findFirst().orElse(null);
        w.print(
            " pred["
                + show(text, q.speaker())
                + " | "
                + show(text, q.cue())
                + " | "
                + pieces(text, q.content())
                + "]"
                + (c == null ? "" : " " + c.provenance().rule()));
      }
      if (p.predicted() == null && p.gold() != null) {
        // what the extractor made of the missed relation's content, if anything
        ClaimMention best = null;
        int bestOverlap = 0;
        for (ClaimMention c : claims) {
          int o = overlap(c.pieces(), p.gold().content());
          if (o > bestOverlap) {
            best = c;
            bestOverlap = o;
          }
        }
        if (best != null) {
          w.print(
              " ~pred["
                  + show(text, best.speaker() == null ? null : best.speaker().span())
                  + " | "
                  + show(text, best.cueSpan())
                  + " | "
                  + pieces(text, best.pieces())
                  + "] "
                  + best.provenance().rule()
                  + " overlap "
                  + bestOverlap
                  + " of gold "
                  + length(p.gold().content())
                  + ", pred "
                  + length(best.pieces()));
        }
      }
      w.println();
    }
  }

  private static int length(List<Span> pieces) {
    return pieces.stream().mapToInt(x -> x.end() - x.start()).sum();
  }

  private static int overlap(List<Span> a, List<Span> b) {
    int n = 0;
    for (Span x : a) {
      for (Span y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }

  private static String show(String text, @Nullable Span s) {
    return s == null ? "-" : s.of(text).replace('\n', ' ');
  }

  private static String pieces(String text, List<Span> pieces) {
    List<String> out = new ArrayList<>();
    for (Span s : pieces) {
      String t = s.of(text).replace('\n', ' ');
      out.add(t.length() > 90 ? t.substring(0, 40) + " … " + t.substring(t.length() - 40) : t);
    }
    return String.join(" // ", out);
  }
}
