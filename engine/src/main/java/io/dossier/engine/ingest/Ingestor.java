// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import io.dossier.engine.curation.SplitDecisions;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.ArticleReaders;
import io.dossier.ingest.ArticleSink;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.InputFiles;
import io.dossier.ingest.UrlArticleReader;
import io.dossier.ingest.dedup.MinHash;
import io.dossier.ingest.web.FetchOptions;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.IngestIssue;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.CandidateLookup;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads inputs, skips exact duplicates, processes articles on {@code threads} worker threads and
 * commits them one by one, in input order, so that ids and entity assignments do not depend on
 * thread timing. Each article is committed atomically; a failed article is reported and the run
 * goes on. The processor (which loads the NLP models) is only created once an article needs it, so
 * re-ingesting known inputs is fast.
 *
 * <p>Resolution looks entities up through {@link StoreCandidates}, and curators' split decisions
 * are applied to each resolved article before it is committed ({@link SplitDecisions}), so later
 * articles respect every merge, split and rename.
 *
 * <p><b>Near-duplicates.</b> Each article's {@link MinHash} signature is computed before it is
 * processed. When it is committed, every earlier article of the run is already in the store
 * (commits follow input order), so one store lookup by band finds the candidates; if one of them
 * has an estimated similarity of at least {@value #NEAR_DUPLICATE_SIMILARITY}, the article is still
 * stored, but marked {@link Article#duplicateOf} the earliest such document (or the original that
 * document is itself a copy of). The signature and bands are stored in the same transaction as the
 * document.
 *
 * <p><b>Shared stores.</b> Each article is resolved and committed inside {@link
 * KnowledgeBase#exclusively}, which first checks again whether the article is stored: another
 * ingest writing to the same PostgreSQL store may have committed it since it was read (it then
 * counts as a duplicate), and no other writer commits between the candidate lookups of resolution
 * and the commit, so two ingests never create the same new entity twice. Articles are still
 * processed in parallel outside it.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  /**
   * The longest article text processed, in characters (about 150,000 words, far beyond any news
   * article). Longer texts are refused as {@link IngestIssue.Kind#TOO_LARGE}: the NLP pipeline's
   * time and memory grow with the length of one document, so one huge input would stall the run.
   */
  public static final int MAX_ARTICLE_CHARS = 1_000_000;

  /**
   * The estimated Jaccard similarity of word 5-gram shingles from which an article counts as a
   * near-duplicate (a syndicated or lightly edited copy) of an earlier one. A changed headline or a
   * few edited words keep a copy above it (each changed word alters at most five shingles); on
   * PolNeAR the closest pair of separately written articles is at 0.68 (docs/BENCHMARKS.md).
   */
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.9;

  private final KnowledgeBase kb;
  private final Supplier<ArticleProcessor> processor;
  private final EntityResolver resolver;
  private final SplitDecisions decisions;
  private final int threads;
  private final UnaryOperator<ResolvedDocument> places;

  /**
   * @param kb the store to add to
   * @param processor creates the per-article processor on first use
   * @param resolver cross-article entity resolution
   * @param threads worker threads for per-article processing (at least 1)
   */
  public Ingestor(
      KnowledgeBase kb,
      Supplier<ArticleProcessor> processor,
      EntityResolver resolver,
      int threads) {
    this(kb, processor, resolver, threads, UnaryOperator.identity());
  }

  /**
   * @param kb the store to add to
   * @param processor creates the per-article processor on first use
   * @param resolver cross-article entity resolution
   * @param threads worker threads for per-article processing (at least 1)
   * @param places adds the coordinates of event places to a resolved article (a gazetteer), or
   *     leaves it as it is
   */
  public Ingestor(
      KnowledgeBase kb,
      Supplier<ArticleProcessor> processor,
      EntityResolver resolver,
      int threads,
      UnaryOperator<ResolvedDocument> places) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.kb = kb;
    this.processor = processor;
    this.resolver = resolver;
    this.decisions = new SplitDecisions(kb);
    this.threads = threads;
    this.places = places;
  }

  /** Ingests every article in {@code inputs} (files or folders, recursively). */
  public IngestSummary run(List<Path> inputs, IngestDefaults defaults, IngestListener listener) {
    return run(
        inputs.stream().map(Path::toString).toList(), defaults, FetchOptions.DEFAULT, listener);
  }

  /**
   * Ingests every article in {@code inputs}, in the order given: paths of files or folders
   * (recursively; a file reached twice is read once) and URLs ({@code http} or {@code https}, see
   * {@link UrlArticleReader#isUrl}), fetched with {@code fetch}. A URL that cannot be fetched is
   * one issue and the run goes on.
   */
  public IngestSummary run(
      List<String> inputs, IngestDefaults defaults, FetchOptions fetch, IngestListener listener) {
    long started = System.nanoTime();
    Run run = new Run(listener);
    List<Input> work = expand(inputs, run);
    for (Input input : work) {
      listener.expected(input.file() == null ? 1 : estimateArticles(input.file()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads());
    try {
      ArticleReaders readers = new ArticleReaders();
      UrlArticleReader urls = new UrlArticleReader(fetch);
      for (Input input : work) {
        try {
          if (input.file() != null) {
            readers.read(input.file(), defaults, run.sinkFor(pool));
          } else {
            urls.read(input.given(), defaults, run.sinkFor(pool));
          }
        } catch (RuntimeException | StackOverflowError e) {
          // readers report every expected problem as an issue; this is a bug (or input nested
          // too deeply for the stack), but one file's bug must not stop the run
          LOG.debug("Reader failed on {}", input.given(), e);
          run.issue(
              new IngestIssue(
                  input.given(),
                  null,
                  IngestIssue.Kind.FAILED,
                  "could not be read: " + internalError(e)));
        }
      }
      run.drain();
    } finally {
      pool.shutdownNow();
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    return run.summary(elapsed);
  }

  /** One file or URL to read: {@code file} is null for a URL. */
  private record Input(String given, @org.jspecify.annotations.Nullable Path file) {}

  private static List<Input> expand(List<String> inputs, Run run) {
    List<Input> work = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String input : inputs) {
      if (UrlArticleReader.isUrl(input)) {
        work.add(new Input(input.strip(), null));
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        run.issue(
            new IngestIssue(
                input, null, IngestIssue.Kind.UNREADABLE, "not a valid path: " + e.getReason()));
        continue;
      }
      for (Path file : InputFiles.expand(List.of(path), run::issue)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          work.add(new Input(file.toString(), file));
        }
      }
    }
    return work;
  }

  /** Ingests articles that were already read (benchmarks and embedding programs use this). */
  public IngestSummary runArticles(List<Article> articles, IngestListener listener) {
    long started = System.nanoTime();
    Run run = new Run(listener);
    listener.expected(articles.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads());
    try {
      ArticleSink sink = run.sinkFor(pool);
      articles.forEach(sink::article);
      run.drain();
    } finally {
      pool.shutdownNow();
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    return run.summary(elapsed);
  }

  /** One article per file, except one per non-blank line for JSON Lines. */
  private static long estimateArticles(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jsonl")) {
      return 1;
    }
    long count = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          count++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // only an estimate for the progress bar: the reader reports the real problem
      return 1;
    }
    return Math.max(count, 1);
  }

  /** One line for an unexpected failure, without the exception's class name or stack. */
  private static String internalError(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the input is nested too deeply";
    }
    String message = e.getMessage();
    String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
    return "internal error"
        + (first.isEmpty() ? "" : " (" + first + ")")
        + "; run with DOSSIER_LOG_LEVEL=DEBUG for details";
  }

  private static ThreadFactory namedThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "dossier-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The state of one run: counters, the in-run duplicate keys and the ordered window of work. */
  private final class Run {
    private final IngestListener listener;
    private final List<IngestIssue> issues = new ArrayList<>();
    private final Set<String> seenHashes = new HashSet<>();
    private final Set<String> seenIds = new HashSet<>();
    private final Deque<Pending> window = new ArrayDeque<>();
    private final TreeMap<String, Integer> notAnalysed = new TreeMap<>();
    private int ingested;
    private int duplicates;
    private int failed;

    Run(IngestListener listener) {
      this.listener = listener;
    }

    IngestSummary summary(long elapsedMillis) {
      return new IngestSummary(ingested, duplicates, failed, issues, elapsedMillis, notAnalysed);
    }

    ArticleSink sinkFor(ExecutorService pool) {
      return new ArticleSink() {
        @Override
        public void article(Article article) {
          accept(article, pool);
        }

        @Override
        public void issue(IngestIssue issue) {
          Run.this.issue(issue);
        }
      };
    }

    void issue(IngestIssue issue) {
      issues.add(issue);
      failed++;
      LOG.debug("Input problem {}", issue.describe());
      listener.issue(issue);
      listener.finished(issue.source(), IngestOutcome.FAILED);
    }

    private void accept(Article article, ExecutorService pool) {
      if (article.text().length() > MAX_ARTICLE_CHARS) {
        issue(
            new IngestIssue(
                article.source(),
                null,
                IngestIssue.Kind.TOO_LARGE,
                String.format(
                    Locale.ROOT,
                    "the article text is %,d characters and the limit is %,d; split it into"
                        + " smaller articles",
                    article.text().length(),
                    MAX_ARTICLE_CHARS)));
        return;
      }
      if (seenHashes.contains(article.contentHash())
          || kb.documentIdByContentHash(article.contentHash()).isPresent()) {
        duplicates++;
        listener.finished(article.source(), IngestOutcome.DUPLICATE);
        return;
      }
      if (seenIds.contains(article.id()) || kb.containsDocument(article.id())) {
        if (!seenIds.contains(article.id())
            && kb.documentIdByContentHash(article.contentHash()).isPresent()) {
          // another ingest into a shared store stored it between the two lookups
          duplicates++;
          listener.finished(article.source(), IngestOutcome.DUPLICATE);
          return;
        }
        issue(
            new IngestIssue(
                article.source(),
                null,
                IngestIssue.Kind.FAILED,
                "id "
                    + article.id()
                    + " is already used by a document with different text; give this article"
                    + " another id"));
        return;
      }
      seenHashes.add(article.contentHash());
      seenIds.add(article.id());
      int[] signature = MinHash.signature(article.text());
      // an article the stages do not analyse must not load the NLP models
      Future<DocumentAnalysis> future =
          pool.submit(
              () ->
                  ArticleProcessor.analyses(article)
                      ? processor.get().process(article)
                      : new DocumentAnalysis(article, List.of(), List.of()));
      window.addLast(new Pending(article, future, signature));
      while (window.size() > threads * 4) {
        commitOldest();
      }
    }

    void drain() {
      while (!window.isEmpty()) {
        commitOldest();
      }
    }

    private void commitOldest() {
      Pending next = window.removeFirst();
      DocumentAnalysis analysis;
      try {
        analysis = next.future().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        LOG.debug("Processing failed for {}", next.article().id(), cause);
        issue(
            new IngestIssue(
                next.article().source(),
                null,
                IngestIssue.Kind.FAILED,
                "processing failed: " + internalError(cause)));
        return;
      }
      DocumentAnalysis processed = analysis;
      // resolution reads the store and the commit writes what it found: no other writer (another
      // ingest into a shared store) may come in between
      IngestOutcome outcome = kb.exclusively(() -> resolveAndCommit(next, processed));
      if (outcome == IngestOutcome.DUPLICATE) {
        duplicates++;
        listener.finished(next.article().source(), IngestOutcome.DUPLICATE);
        return;
      }
      if (outcome == IngestOutcome.FAILED) {
        issue(
            new IngestIssue(
                next.article().source(),
                null,
                IngestIssue.Kind.FAILED,
                "id "
                    + next.article().id()
                    + " is already used by a document with different text; give this article"
                    + " another id"));
        return;
      }
      ingested++;
      if (!ArticleProcessor.analyses(next.article())) {
        notAnalysed.merge(next.article().language(), 1, Integer::sum);
      }
      listener.finished(next.article().source(), IngestOutcome.INGESTED);
    }

    /**
     * Resolves a processed article against the store and commits it; run as the store's only
     * writer. Another process writing to the same store may have stored the same article since it
     * was read: then it is a duplicate, and nothing is written.
     */
    private IngestOutcome resolveAndCommit(Pending next, DocumentAnalysis processed) {
      Article article = next.article();
      if (kb.documentIdByContentHash(article.contentHash()).isPresent()) {
        return IngestOutcome.DUPLICATE;
      }
      if (kb.containsDocument(article.id())) {
        return IngestOutcome.FAILED;
      }
      DocumentAnalysis analysis = processed;
      // a fresh lookup per article: what it remembers may change with this commit
      CandidateLookup candidates = new StoreCandidates(kb, resolver);
      List<String> bands = MinHash.bands(next.signature());
      String original = analysis.article().duplicateOf();
      if (original == null) {
        original = nearDuplicateOriginal(next.signature(), bands).orElse(null);
        if (original != null) {
          LOG.debug("{} is a near-duplicate of {}", article.id(), original);
          analysis = analysis.withArticle(analysis.article().withDuplicateOf(original));
        }
      }
      ResolvedDocument resolved =
          places.apply(decisions.apply(resolver.resolve(analysis, candidates)));
      return kb.commit(resolved, next.signature(), bands)
          ? IngestOutcome.INGESTED
          : IngestOutcome.DUPLICATE;
    }
  }

  /**
   * The earliest stored document sharing a band with {@code signature} whose estimated similarity
   * reaches {@link #NEAR_DUPLICATE_SIMILARITY}, or the original it is itself a copy of.
   */
  private Optional<String> nearDuplicateOriginal(int[] signature, List<String> bands) {
    for (String id : kb.documentsSharingBand(bands)) {
      Optional<int[]> stored = kb.signature(id);
      if (stored.isPresent()
          && MinHash.similarity(signature, stored.get()) >= NEAR_DUPLICATE_SIMILARITY) {
        String itsOriginal = kb.document(id).map(Article::duplicateOf).orElse(null);
        return Optional.of(itsOriginal == null ? id : itsOriginal);
      }
    }
    return Optional.empty();
  }

  /** An article being processed, with its near-duplicate signature. */
  private static final class Pending {
    private final Article article;
    private final Future<DocumentAnalysis> future;
    private final int[] signature;

    Pending(Article article, Future<DocumentAnalysis> future, int[] signature) {
      this.article = article;
      this.future = future;
      this.signature = signature;
    }

    Article article() {
      return article;
    }

    Future<DocumentAnalysis> future() {
      return future;
    }

    int[] signature() {
      return signature;
    }
  }
}
