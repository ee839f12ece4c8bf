// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.bench.Benchmark;
import io.dossier.engine.bench.claims.CachedAnnotation;
import io.dossier.engine.facts.FactResolution;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestOutcome;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.CoreNlpStage;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.model.Layer;
import io.dossier.model.StorageException;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.StoreLocation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap while ingesting a large synthesized corpus through the real ingest path (JSON Lines reader,
 * boilerplate removal, extraction stages, resolution, SQLite or PostgreSQL store and Lucene index,
 * then the rebuild of events, claims and relations). Only the linguistic annotation is replayed:
 * the base articles are annotated once by the real CoreNLP stage (cached on disk), and every
 * synthesized article gets the annotation of the base sentences it is made of ({@link
 * SyntheticCorpus}), since annotating 100,000 articles takes hours on two cores while its memory is
 * per article and bounded (one pipeline per worker thread).
 *
 * <p>The live heap is measured after a full collection at every checkpoint, so the figures are the
 * data Dossier holds, not garbage waiting to be collected; the peaks between checkpoints are
 * sampled every 50 ms from the heap pools' usage after their last collection.
 */
public final class MemoryBenchmark {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** The live heap after a full collection once {@code articles} articles were finished. */
  public record Checkpoint(long articles, double seconds, long liveBytes) {}

  /** What a run measured. */
  public record Result(
      int bases,
      long articles,
      IngestSummary summary,
      long benchBytes,
      List<Checkpoint> checkpoints,
      double ingestSeconds,
      double resolveSeconds,
      long peakLiveIngest,
      long peakLiveResolve,
      long liveAfter,
      FactResolution.Rebuilt facts,
      long entities,
      long mentions,
      long maxHeap) {}

  private final Path articlesFile;
  private final Path cache;
  private final int threads;
  private final long seed;
  private final int worldSize;

  /**
   * @param articlesFile JSON Lines of real articles to synthesize from
   * @param cache folder of cached base annotations (created if missing)
   * @param threads worker threads for annotating the bases and for the ingest
   * @param seed seed of the synthesized corpus
   * @param worldSize synthesized articles per world (see {@link SyntheticCorpus})
   */
  public MemoryBenchmark(Path articlesFile, Path cache, int threads, long seed, int worldSize) {
    this.articlesFile = articlesFile;
    this.cache = cache;
    this.threads = Math.max(1, threads);
    this.seed = seed;
    this.worldSize = worldSize;
  }

  /**
   * Annotates the base articles (or reads them from the cache), writes {@code articles} synthesized
   * articles to {@code corpusFile}, ingests that file into {@code store} (which must be empty) and
   * reports the heap.
   */
  public Result run(
      long articles,
      long every,
      Path corpusFile,
      StoreLocation store,
      Consumer<String> progress,
      Consumer<Checkpoint> checkpoints)
      throws IOException, InterruptedException {
    List<ExtractionStage> stages = ArticleProcessor.standardStages();
    Set<Layer> layers = ArticleProcessor.requiredLayers(stages);
    List<SyntheticCorpus.Base> bases = annotateBases(stages, layers, progress);
    SyntheticCorpus corpus = new SyntheticCorpus(bases, seed, worldSize);
    progress.accept("writing " + articles + " synthesized articles to " + corpusFile + "…");
    write(corpus, articles, corpusFile);

    long benchBytes = liveHeap();
    List<Checkpoint> points = new ArrayList<>();
    AtomicLong finished = new AtomicLong();
    long t0 = System.nanoTime();
    AtomicLong ingestDone = new AtomicLong();
    try (PhasedHeap heap = new PhasedHeap();
        Engine engine =
            Engine.of(
                new EngineConfig(store, threads),
                open(store),
                () -> new ArticleProcessor(new ReplayAnnotation(corpus, layers), stages))) {
      if (engine.knowledgeBase().documentCount() > 0) {
        throw new io.dossier.model.ConfigException(
            "the store " + store + " is not empty; give the memory benchmark a fresh store");
      }
      IngestListener listener =
          new IngestListener() {
            @Override
            public void finished(String source, IngestOutcome outcome) {
              long n = finished.incrementAndGet();
              if (n % every == 0 || n == articles) {
                Checkpoint c = new Checkpoint(n, (System.nanoTime() - t0) / 1e9, liveHeap());
                synchronized (points) {
                  points.add(c);
                }
                checkpoints.accept(c);
              }
              if (n == articles) {
                // the last article is done: what follows is the rebuild of the derived facts
                ingestDone.set(System.nanoTime());
                heap.nextPhase();
              }
            }
          };
      IngestSummary summary =
          engine.ingest(
              List.of(corpusFile.toString()),
              IngestDefaults.NONE,
              io.dossier.ingest.web.FetchOptions.DEFAULT,
              listener);
      long t1 = System.nanoTime();
      heap.close();
      long liveAfter = liveHeap();
      KnowledgeBase kb = engine.knowledgeBase();
      FactResolution.Rebuilt facts = engine.refreshFacts();
      long ingestEnd = ingestDone.get() == 0 ? t1 : ingestDone.get();
      return new Result(
          corpus.bases(),
          articles,
          summary,
          benchBytes,
          List.copyOf(points),
          (ingestEnd - t0) / 1e9,
          (t1 - ingestEnd) / 1e9,
          heap.peak(0),
          heap.peak(1),
          liveAfter,
          facts,
          kb.entityCount(),
          kb.mentionCount(),
          Runtime.getRuntime().maxMemory());
    }
  }

  /** What rebuilding the derived tables of an existing store measured. */
  public record RebuildResult(
      long documents,
      double seconds,
      long liveBefore,
      long peakLive,
      long liveAfter,
      FactResolution.Rebuilt facts,
      long maxHeap) {}

  /**
   * Rebuilds the merged events, linked claims and relations of an existing store from scratch and
   * reports the time and the heap: the rebuild alone, without synthesizing or ingesting anything.
   */
  public static RebuildResult rebuild(StoreLocation store) {
    try (KnowledgeBase kb = open(store)) {
      long documents = kb.documentCount();
      long before = liveHeap();
      long t0 = System.nanoTime();
      FactResolution.Rebuilt facts;
      long peak;
      try (PhasedHeap heap = new PhasedHeap()) {
        facts = new FactResolution(kb).rebuild();
        peak = heap.peak(0);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new RebuildResult(
          documents, seconds, before, peak, liveHeap(), facts, Runtime.getRuntime().maxMemory());
    }
  }

  private static KnowledgeBase open(StoreLocation store) {
    return store.open();
  }

  /** The base articles with their annotation, read from the cache or annotated now. */
  private List<SyntheticCorpus.Base> annotateBases(
      List<ExtractionStage> stages, Set<Layer> layers, Consumer<String> progress)
      throws InterruptedException {
    List<IngestIssue> issues = new ArrayList<>();
    List<Article> articles = Benchmark.read(List.of(articlesFile), 0, issues);
    if (articles.isEmpty()) {
      throw new io.dossier.model.ConfigException(
          "no articles read from " + articlesFile + (issues.isEmpty() ? "" : ": " + issues.get(0)));
    }
    TextAnnotation annotation =
        new CachedAnnotation(
            cache,
            layers,
            () -> CoreNlpStage.create(layers, ArticleProcessor.parseSelection(stages), threads));
    progress.accept(
        "annotating "
            + articles.size()
            + " base articles (cached in "
            + cache
            + "; the first run takes minutes)…");
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dossier-memory-bases-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<AnnotatedText>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> annotation.annotate(a)));
      }
      List<SyntheticCorpus.Base> bases = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        bases.add(new SyntheticCorpus.Base(articles.get(i), futures.get(i).get()));
        if ((i + 1) % 100 == 0) {
          progress.accept("  " + (i + 1) + " of " + articles.size() + " base articles annotated");
        }
      }
      return bases;
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotating a base article failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes synthesized articles {@code 0 … n-1} as JSON Lines. */
  static void write(SyntheticCorpus corpus, long n, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        SyntheticCorpus.Synthetic a = corpus.article(i);
        ObjectNode line = JSON.createObjectNode();
        line.put("id", a.id());
        if (a.outlet() != null) {
          line.put("outlet", a.outlet());
        }
        if (a.published() != null) {
          line.put("published", a.published().toString());
        }
        line.put("text", a.text());
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new StorageException("cannot write the synthesized corpus " + file, e);
    }
  }

  /** The heap in use after a full collection. */
  static long liveHeap() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * The most heap in use right after a collection, per phase (0 = ingesting articles, 1 = the
   * rebuild after them): the sum over the heap pools of their use after every collection, young
   * ones included, as the collector reports it. With G1 that counts the old generation as it is
   * after a young collection, including garbage a concurrent cycle has not reclaimed yet, so it is
   * an upper bound of the live data.
   */
  private static final class PhasedHeap implements AutoCloseable {
    private final long[] peaks = new long[2];
    private volatile int phase;
    private final List<Runnable> unsubscribe = new ArrayList<>();

    PhasedHeap() {
      Set<String> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(java.util.stream.Collectors.toSet());
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          NotificationListener listener =
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long after = 0;
                for (Map.Entry<String, MemoryUsage> e :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPools.contains(e.getKey())) {
                    after += e.getValue().getUsed();
                  }
                }
                synchronized (peaks) {
                  peaks[phase] = Math.max(peaks[phase], after);
                }
              };
          emitter.addNotificationListener(listener, null, null);
          unsubscribe.add(
              () -> {
                try {
                  emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                  // already gone
                }
              });
        }
      }
    }

    void nextPhase() {
      phase = 1;
    }

    long peak(int p) {
      synchronized (peaks) {
        return peaks[p];
      }
    }

    @Override
    public void close() {
      unsubscribe.forEach(Runnable::run);
    }
  }
}
