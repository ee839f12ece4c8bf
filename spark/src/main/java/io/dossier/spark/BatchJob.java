// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.engine.Engine;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.ingest.Ingestor;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.dedup.MinHash;
import io.dossier.model.Article;
import io.dossier.model.ConfigException;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.IngestIssue;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.geo.Gazetteer;
import io.dossier.resolve.geo.Geocoder;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The batch job: what {@code dossier ingest} does, spread over a Spark cluster, writing Parquet
 * tables ({@link Tables}) instead of a store.
 *
 * <ol>
 *   <li><b>Read</b> (executors): each input file with the ingest module's readers.
 *   <li><b>Admit</b> (driver, over ids and hashes only): in input order, as {@link Ingestor} does:
 *       too-large texts, exact duplicates (same content hash) and id clashes are set aside.
 *   <li><b>Analyse</b> ({@code mapPartitions}): the per-article stages ({@link ArticleProcessor},
 *       one per executor thread, built once), the near-duplicate signature and the article's
 *       blocking keys.
 *   <li><b>Near-duplicates</b> (joins over the MinHash bands): the earliest earlier document of at
 *       most {@value KnowledgeBase#MAX_BAND_CANDIDATES} sharing a band whose similarity reaches
 *       {@value Ingestor#NEAR_DUPLICATE_SIMILARITY}, as the store's lookup finds it.
 *   <li><b>Resolve entities</b>: the connected components of "shares a blocking key" are found by
 *       label propagation (joins over the keys); each component is resolved in input order by the
 *       engine's resolver ({@link GroupResolution}), components in parallel. Ids and decisions
 *       equal those of {@code dossier ingest} on the same input.
 *   <li><b>Events and claims</b> (driver): the store's merge ({@link FactsInDriver}) over every
 *       document in input order, since event merging is order-dependent across all documents.
 *   <li><b>Write</b> the Parquet tables.
 * </ol>
 */
public final class BatchJob {
  private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

  /**
   * What to run.
   *
   * @param inputs files and folders, local or on any Hadoop file system
   * @param out the output folder for the Parquet tables (must not hold any)
   * @param defaults outlet and date for inputs that carry none
   * @param gazetteer a GeoNames file readable by every executor, or null
   * @param partitions partitions for the per-article stages and resolution (0: Spark's default
   *     parallelism)
   */
  public record Options(
      List<String> inputs,
      String out,
      IngestDefaults defaults,
      @Nullable Path gazetteer,
      int partitions) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(defaults, "defaults");
    }
  }

  /**
   * What a run did.
   *
   * @param summary the same counts and issues {@code dossier ingest} reports
   * @param rows rows written per table
   * @param phases milliseconds per phase, in order
   * @param componentRounds rounds of label propagation until the components were stable
   * @param largestComponent documents in the largest group resolved in one task
   */
  public record Result(
      IngestSummary summary,
      Map<String, Long> rows,
      Map<String, Long> phases,
      int componentRounds,
      long largestComponent) {}

  private static long lap(Map<String, Long> phases, String name, long since) {
    long now = System.nanoTime();
    phases.put(name, (now - since) / 1_000_000);
    return now;
  }

  private final SparkSession spark;
  private final ProcessorFactory processors;

  /**
   * @param spark the session to run in
   * @param processors builds the per-article processor on executors ({@link
   *     ProcessorFactory#STANDARD} for the real pipeline)
   */
  public BatchJob(SparkSession spark, ProcessorFactory processors) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.processors = Objects.requireNonNull(processors, "processors");
  }

  /** Runs the job. */
  public Result run(Options options) throws IOException {
    long started = System.nanoTime();
    Map<String, Long> phases = new LinkedHashMap<>();
    long lap = started;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    requireFreshOutput(options.out(), hadoop);
    Map<String, String> hadoopConf = new HashMap<>();
    hadoop.forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
    int partitions =
        options.partitions() > 0 ? options.partitions() : Math.max(1, jsc.defaultParallelism());

    List<IngestIssue> issues = new ArrayList<>();
    List<String> files = Inputs.expand(options.inputs(), hadoop, issues::add);

    // 1. read
    List<Tuple2<Integer, String>> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(new Tuple2<>(i, files.get(i)));
    }
    // IngestDefaults is not Serializable: its fields travel
    String outlet = options.defaults().outlet();
    String published =
        options.defaults().published() == null ? null : options.defaults().published().toString();
    JavaRDD<Read> reads =
        jsc.parallelize(indexed, Math.max(1, Math.min(files.size(), partitions * 4)))
            .flatMap(f -> readFile(f._1(), f._2(), outlet, published, hadoopConf).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 2. admit, in input order (driver, over small metadata)
    List<Meta> metas = new ArrayList<>(reads.map(Read::meta).collect());
    metas.sort(Comparator.comparingLong(Meta::order));
    Admission admission = admit(metas, issues);
    lap = lap(phases, "read", lap);
    Broadcast<Map<Long, Long>> seqOf = jsc.broadcast(admission.seqOf());

    // 3. analyse
    JavaRDD<Analysed> analysed =
        reads
            .filter(r -> r.article != null && seqOf.value().containsKey(r.order))
            .map(r -> new Read(seqOf.value().get(r.order), r.article, null))
            .repartition(partitions)
            .mapPartitions(new Analyse(processors))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Analysed> failures = analysed.filter(a -> a.failure != null).collect();
    lap = lap(phases, "analyse", lap);
    JavaRDD<Analysed> ok = analysed.filter(a -> a.failure == null);
    Map<Long, Meta> metaBySeq = new HashMap<>();
    for (Meta m : metas) {
      Long seq = admission.seqOf().get(m.order);
      if (seq != null) {
        metaBySeq.put(seq, m);
      }
    }
    Set<Long> failed = new HashSet<>();
    for (Analysed a : failures) {
      failed.add(a.seq);
      issues.add(
          new IngestIssue(
              metaBySeq.get(a.seq).source(),
              null,
              IngestIssue.Kind.FAILED,
              "processing failed: " + a.failure));
    }

    // 4. near-duplicates
    Map<Long, String> duplicateOf = nearDuplicates(ok, metaBySeq, failed);
    lap = lap(phases, "near-duplicates", lap);
    Broadcast<Map<Long, String>> duplicates = jsc.broadcast(duplicateOf);

    // 5. entity resolution by connected components of shared blocking keys
    Components components = components(ok, partitions);
    lap = lap(phases, "components", lap);
    Path gazetteer = options.gazetteer();
    String gazetteerFile = gazetteer == null ? null : gazetteer.toString();
    JavaRDD<Resolved> resolved =
        ok.mapToPair(a -> new Tuple2<>(a.seq, a))
            .join(components.labels())
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
            .groupByKey(partitions)
            .flatMap(g -> resolveGroup(g._2(), duplicates.value(), gazetteerFile).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long largest = components.largest();

    // 6. events and claims, in the driver
    FactsInDriver facts = new FactsInDriver();
    Iterator<Resolved> inOrder = resolved.sortBy(r -> r.seq, true, partitions).toLocalIterator();
    TreeMap<String, Integer> notAnalysed = new TreeMap<>();
    int ingested = 0;
    while (inOrder.hasNext()) {
      ResolvedDocument doc = inOrder.next().document();
      facts.add(doc);
      ingested++;
      if (!ArticleProcessor.analyses(doc.article())) {
        notAnalysed.merge(doc.article().language(), 1, Integer::sum);
      }
    }
    FactsInDriver.Merged merged = facts.merge();
    lap = lap(phases, "resolve, events and claims", lap);

    // 7. write
    Map<String, Long> rows = new Tables(spark).write(resolved, merged, options.out());
    lap = lap(phases, "write", lap);
    reads.unpersist(false);
    analysed.unpersist(false);
    resolved.unpersist(false);
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    IngestSummary summary =
        new IngestSummary(
            ingested, admission.duplicates(), issues.size(), issues, elapsed, notAnalysed);
    LOG.info("Batch run phases (ms): {}", phases);
    return new Result(summary, rows, phases, components.rounds(), largest);
  }

  private static void requireFreshOutput(String out, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out);
    FileSystem fs = path.getFileSystem(hadoop);
    if (fs.exists(path)
        && (!fs.getFileStatus(path).isDirectory() || fs.listStatus(path).length > 0)) {
      throw new ConfigException(
          "--out " + out + " already exists and is not an empty folder; name a new folder");
    }
  }

  // ---- 1. read ----

  /** One record read from an input file: an article or an issue, at its place in input order. */
  static final class Read implements Serializable {
    private static final long serialVersionUID = 1L;

    /** File index in the high 32 bits, record index in the low ones (after admission: seq). */
    final long order;

    final @Nullable String article;
    final @Nullable String issue;

    Read(long order, @Nullable String article, @Nullable String issue) {
      this.order = order;
      this.article = article;
      this.issue = issue;
    }

    Meta meta() {
      if (article == null) {
        return new Meta(order, null, null, 0, "", null, Objects.requireNonNull(issue));
      }
      Article a = Codec.read(article, Article.class);
      return new Meta(
          order, a.id(), a.contentHash(), a.text().length(), a.source(), a.duplicateOf(), null);
    }
  }

  /** What admission needs of a read record. */
  record Meta(
      long order,
      @Nullable String id,
      @Nullable String contentHash,
      int length,
      String source,
      @Nullable String readerDuplicateOf,
      @Nullable String issue)
      implements Serializable {}

  private static List<Read> readFile(
      int fileIndex,
      String file,
      @Nullable String outlet,
      @Nullable String published,
      Map<String, String> hadoopConf) {
    IngestDefaults defaults =
        new IngestDefaults(outlet, published == null ? null : java.time.LocalDate.parse(published));
    Configuration hadoop = new Configuration();
    hadoopConf.forEach(hadoop::set);
    List<Read> out = new ArrayList<>();
    long base = ((long) fileIndex) << 32;
    Inputs.read(
        file,
        defaults,
        hadoop,
        a -> out.add(new Read(base + out.size(), Codec.write(a), null)),
        i -> out.add(new Read(base + out.size(), null, Codec.write(i))));
    return out;
  }

  // ---- 2. admit ----

  /** Which read articles are processed, by their sequence number in input order. */
  private record Admission(Map<Long, Long> seqOf, int duplicates) {}

  /** {@link Ingestor}'s checks in its order: size, exact duplicate, id clash. */
  private static Admission admit(List<Meta> metas, List<IngestIssue> issues) {
    Map<Long, Long> seqOf = new HashMap<>();
    Set<String> hashes = new HashSet<>();
    Set<String> ids = new HashSet<>();
    int duplicates = 0;
    long seq = 0;
    for (Meta m : metas) {
      if (m.issue() != null) {
        issues.add(Codec.read(m.issue(), IngestIssue.class));
        continue;
      }
      if (m.length() > Ingestor.MAX_ARTICLE_CHARS) {
        issues.add(
            new IngestIssue(
                m.source(),
                null,
                IngestIssue.Kind.TOO_LARGE,
                String.format(
                    Locale.ROOT,
                    "the article text is %,d characters and the limit is %,d; split it into"
                        + " smaller articles",
                    m.length(),
                    Ingestor.MAX_ARTICLE_CHARS)));
        continue;
      }
      if (hashes.contains(m.contentHash())) {
        duplicates++;
        continue;
      }
      if (ids.contains(m.id())) {
        issues.add(
            new IngestIssue(
                m.source(),
                null,
                IngestIssue.Kind.FAILED,
                "id "
                    + m.id()
                    + " is already used by a document with different text; give this article"
                    + " another id"));
        continue;
      }
      hashes.add(Objects.requireNonNull(m.contentHash()));
      ids.add(Objects.requireNonNull(m.id()));
      seqOf.put(m.order(), seq++);
    }
    return new Admission(seqOf, duplicates);
  }

  // ---- 3. analyse ----

  /** One analysed article, or the reason it failed. */
  static final class Analysed implements Serializable {
    private static final long serialVersionUID = 1L;
    final long seq;
    final @Nullable String analysis;
    final int[] signature;
    final long[] keys;
    final @Nullable String failure;

    Analysed(
        long seq,
        @Nullable String analysis,
        int[] signature,
        long[] keys,
        @Nullable String failure) {
      this.seq = seq;
      this.analysis = analysis;
      this.signature = signature;
      this.keys = keys;
      this.failure = failure;
    }
  }

  /** The per-article stages of one partition, with the processor of the executor thread. */
  private static final class Analyse
      implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<Read>, Analysed> {
    private static final long serialVersionUID = 1L;
    private final ProcessorFactory processors;

    Analyse(ProcessorFactory processors) {
      this.processors = processors;
    }

    @Override
    public Iterator<Analysed> call(Iterator<Read> reads) {
      List<Analysed> out = new ArrayList<>();
      while (reads.hasNext()) {
        Read r = reads.next();
        Article article = Codec.read(Objects.requireNonNull(r.article), Article.class);
        int[] signature = MinHash.signature(article.text());
        try {
          // an article the stages do not analyse must not load the NLP models
          DocumentAnalysis analysis =
              ArticleProcessor.analyses(article)
                  ? processors.forThisThread().process(article)
                  : new DocumentAnalysis(article, List.of(), List.of());
          out.add(
              new Analysed(
                  r.order, Codec.write(analysis), signature, BlockingKeys.of(analysis), null));
        } catch (RuntimeException | StackOverflowError e) {
          LOG.debug("Processing failed for {}", article.id(), e);
          out.add(new Analysed(r.order, null, signature, new long[0], internalError(e)));
        }
      }
      return out.iterator();
    }
  }

  /** The ingest command's wording for an unexpected failure. */
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

  // ---- 4. near-duplicates ----

  /**
   * The near-duplicate original of every document that has one, by sequence number: the store's
   * lookup ({@link KnowledgeBase#documentsSharingBand}: earlier documents sharing a band, oldest
   * first, at most {@value KnowledgeBase#MAX_BAND_CANDIDATES}) as joins over the bands, then the
   * chain to the original resolved in input order in the driver (only documents with a similar
   * earlier one travel there).
   */
  private static Map<Long, String> nearDuplicates(
      JavaRDD<Analysed> ok, Map<Long, Meta> metaBySeq, Set<Long> failed) {
    int limit = KnowledgeBase.MAX_BAND_CANDIDATES;
    JavaPairRDD<Long, int[]> signatures = ok.mapToPair(a -> new Tuple2<>(a.seq, a.signature));
    JavaPairRDD<Long, Long> candidates =
        ok.flatMapToPair(
                a -> {
                  List<Tuple2<String, Long>> out = new ArrayList<>();
                  for (String band : MinHash.bands(a.signature)) {
                    out.add(new Tuple2<>(band, a.seq));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                band -> {
                  List<Long> seqs = new ArrayList<>();
                  band._2().forEach(seqs::add);
                  seqs.sort(null);
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  for (int i = 1; i < seqs.size(); i++) {
                    for (int j = 0; j < Math.min(i, limit); j++) {
                      out.add(new Tuple2<>(seqs.get(i), seqs.get(j)));
                    }
                  }
                  return out.iterator();
                })
            .distinct()
            .groupByKey()
            .flatMapToPair(
                m -> {
                  List<Long> earlier = new ArrayList<>();
                  m._2().forEach(earlier::add);
                  earlier.sort(null);
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  for (Long c : earlier.subList(0, Math.min(limit, earlier.size()))) {
                    out.add(new Tuple2<>(m._1(), c));
                  }
                  return out.iterator();
                });
    Map<Long, Long> firstSimilar =
        candidates
            .join(signatures)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(signatures)
            .filter(
                t ->
                    MinHash.similarity(t._2()._1()._2(), t._2()._2())
                        >= Ingestor.NEAR_DUPLICATE_SIMILARITY)
            .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()))
            .reduceByKey(Math::min)
            .collectAsMap();
    Map<Long, String> original = new TreeMap<>();
    for (Long m : new java.util.TreeSet<>(firstSimilar.keySet())) {
      if (metaBySeq.get(m).readerDuplicateOf() != null || failed.contains(m)) {
        continue;
      }
      long c = firstSimilar.get(m);
      String itsOriginal = original.get(c);
      if (itsOriginal == null) {
        itsOriginal = metaBySeq.get(c).readerDuplicateOf();
      }
      original.put(
          m, itsOriginal != null ? itsOriginal : Objects.requireNonNull(metaBySeq.get(c).id()));
    }
    return new HashMap<>(original);
  }

  // ---- 5. components ----

  /** Component label (its smallest sequence number) per document. */
  private record Components(JavaPairRDD<Long, Long> labels, int rounds, long largest) {}

  /**
   * Connected components of documents linked by a shared blocking key, by label propagation: each
   * round gives every key the smallest label of its documents and every document the smallest label
   * of its keys, until nothing changes (rounds: about the longest chain of keys).
   */
  private static Components components(JavaRDD<Analysed> ok, int partitions) {
    JavaPairRDD<Long, long[]> keyDocs =
        ok.flatMapToPair(
                a -> {
                  List<Tuple2<Long, Long>> out = new ArrayList<>(a.keys.length);
                  for (long k : a.keys) {
                    out.add(new Tuple2<>(k, a.seq));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .mapValues(
                seqs -> {
                  List<Long> list = new ArrayList<>();
                  seqs.forEach(list::add);
                  return list.stream().mapToLong(Long::longValue).toArray();
                })
            .filter(k -> k._2().length > 1) // a key of one document links nothing
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> docKeys =
        keyDocs
            .flatMapToPair(
                k -> {
                  List<Tuple2<Long, Long>> out = new ArrayList<>(k._2().length);
                  for (long seq : k._2()) {
                    out.add(new Tuple2<>(seq, k._1()));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels =
        ok.mapToPair(a -> new Tuple2<>(a.seq, a.seq)).persist(StorageLevel.MEMORY_AND_DISK());
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<Long, Long> keyLabels =
          docKeys
              .join(labels)
              .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
              .reduceByKey(Math::min, partitions);
      JavaPairRDD<Long, Long> next =
          keyDocs
              .join(keyLabels)
              .flatMapToPair(
                  t -> {
                    List<Tuple2<Long, Long>> out = new ArrayList<>(t._2()._1().length);
                    for (long seq : t._2()._1()) {
                      out.add(new Tuple2<>(seq, t._2()._2()));
                    }
                    return out.iterator();
                  })
              .union(labels)
              .reduceByKey(Math::min, partitions)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    keyDocs.unpersist(false);
    docKeys.unpersist(false);
    long largest =
        labels.isEmpty()
            ? 0
            : labels
                .mapToPair(t -> new Tuple2<>(t._2(), 1L))
                .reduceByKey(Long::sum)
                .values()
                .reduce(Math::max);
    LOG.info("Entity resolution groups: {} rounds, largest group {} documents", rounds, largest);
    return new Components(labels, rounds, largest);
  }

  // ---- resolution of one group ----

  /** A resolved article with its near-duplicate signature. */
  static final class Resolved implements Serializable {
    private static final long serialVersionUID = 1L;
    final long seq;
    final String document;
    final int[] signature;

    Resolved(long seq, String document, int[] signature) {
      this.seq = seq;
      this.document = document;
      this.signature = signature;
    }

    ResolvedDocument document() {
      return Codec.read(document, ResolvedDocument.class);
    }
  }

  private static final Map<String, Geocoder> GEOCODERS = new ConcurrentHashMap<>();

  private static List<Resolved> resolveGroup(
      Iterable<Analysed> group, Map<Long, String> duplicateOf, @Nullable String gazetteer) {
    List<Analysed> docs = new ArrayList<>();
    group.forEach(docs::add);
    docs.sort(Comparator.comparingLong(a -> a.seq));
    UnaryOperator<ResolvedDocument> places = UnaryOperator.identity();
    if (gazetteer != null) {
      Geocoder geocoder =
          GEOCODERS.computeIfAbsent(gazetteer, g -> new Geocoder(Gazetteer.read(Path.of(g))));
      places = d -> d.withGeocodes(geocoder.geocode(d.analysis()));
    }
    GroupResolution resolution = new GroupResolution(Engine.standardResolver(), places);
    List<Resolved> out = new ArrayList<>(docs.size());
    for (Analysed a : docs) {
      DocumentAnalysis analysis =
          Codec.read(Objects.requireNonNull(a.analysis), DocumentAnalysis.class);
      String original = duplicateOf.get(a.seq);
      if (original != null) {
        analysis = analysis.withArticle(analysis.article().withDuplicateOf(original));
      }
      ResolvedDocument resolved = resolution.resolve(analysis, a.keys);
      out.add(new Resolved(a.seq, Codec.write(resolved), a.signature));
    }
    return out;
  }
}
