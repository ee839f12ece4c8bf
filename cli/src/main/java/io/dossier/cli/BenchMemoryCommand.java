// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.memory.MemoryBenchmark;
import io.dossier.model.ConfigException;
import io.dossier.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench-memory}: the heap while ingesting a large corpus synthesized from real
 * annotated articles, through the real ingest path.
 */
@Command(
    name = "bench-memory",
    mixinStandardHelpOptions = true,
    description =
        "Synthesizes a large corpus from real articles (annotated once by CoreNLP and cached),"
            + " ingests it into a fresh store through the real ingest path with the annotation"
            + " replayed, and prints the live heap at checkpoints and the peaks while ingesting and"
            + " while rebuilding events, claims and relations. Prints Markdown tables.")
final class BenchMemoryCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "JSON Lines of real articles to synthesize from"
              + " (default: ../shared/data/polnear/articles.jsonl next to the Dossier folder).")
  @Nullable Path input;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Synthesized articles to ingest (default: ${DEFAULT-VALUE}).")
  long articles = 100_000;

  @Option(
      names = "--every",
      paramLabel = "N",
      description = "Measure the live heap every N articles (default: ${DEFAULT-VALUE}).")
  long every = 10_000;

  @Option(
      names = "--world",
      paramLabel = "N",
      description =
          "Articles per world: half of the names get a new spelling every N articles, so the"
              + " number of entities keeps growing (default: ${DEFAULT-VALUE}).")
  int world = 2_000;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the synthesized corpus (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Where the annotations of the base articles are kept between runs"
              + " (default: ${DEFAULT-VALUE}).")
  Path cache = Path.of(System.getProperty("java.io.tmpdir"), "dossier-bench-memory", "cache");

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Folder for the synthesized JSON Lines file and, without --store, the store; emptied"
              + " first (default: ${DEFAULT-VALUE}).")
  Path work = Path.of(System.getProperty("java.io.tmpdir"), "dossier-bench-memory", "run");

  @Option(
      names = "--store",
      paramLabel = "DIR|URL",
      description = "An empty store to ingest into (default: a folder in --work).")
  @Nullable String store;

  @Option(
      names = "--rebuild-only",
      description =
          "Synthesize and ingest nothing: rebuild the merged events, linked claims and relations"
              + " of the existing store given by --store from scratch and print the time and the"
              + " heap (reproduces the rebuild of a large store without ingesting it again).")
  boolean rebuildOnly;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1 || every < 1 || world < 1 || threads < 1) {
      throw new ConfigException("--articles, --every, --world and --threads must be positive");
    }
    if (rebuildOnly) {
      return rebuildOnly(out);
    }
    Path file = input != null ? input : SharedData.folder("polnear").resolve("articles.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          "articles to synthesize from not found at " + file + "; pass --input FILE");
    }
    Files.createDirectories(work);
    Path corpus = work.resolve("synthesized.jsonl");
    StoreLocation location;
    if (store != null) {
      location = StoreLocation.parse(store);
    } else {
      Path dir = work.resolve("store");
      deleteTree(dir);
      location = StoreLocation.parse(dir.toString());
    }
    MemoryBenchmark bench = new MemoryBenchmark(file, cache, threads, seed, world);
    out.println("| articles finished | seconds | live heap MB (after full GC) |");
    out.println("|---:|---:|---:|");
    out.flush();
    MemoryBenchmark.Result r =
        bench.run(
            articles,
            every,
            corpus,
            location,
            line -> {
              err.println("bench-memory: " + line);
              err.flush();
            },
            c -> {
              out.printf(
                  Locale.ROOT,
                  "| %,d | %.0f | %,d |%n",
                  c.articles(),
                  c.seconds(),
                  mb(c.liveBytes()));
              out.flush();
            });
    out.println();
    out.println("| measure | value |");
    out.println("|---|---:|");
    row(out, "base articles (real, annotated once)", String.format("%,d", r.bases()));
    row(out, "synthesized articles read", String.format("%,d", r.articles()));
    row(
        out,
        "ingested / duplicates / failed",
        r.summary().ingested() + " / " + r.summary().duplicates() + " / " + r.summary().failed());
    row(out, "entities / mentions", String.format("%,d / %,d", r.entities(), r.mentions()));
    row(
        out,
        "events / claims / relations",
        String.format(
            "%,d / %,d / %,d", r.facts().events(), r.facts().claims(), r.facts().relations()));
    row(out, "ingest seconds (articles)", String.format(Locale.ROOT, "%.0f", r.ingestSeconds()));
    row(
        out,
        "rebuild seconds (events, claims, relations)",
        String.format(Locale.ROOT, "%.0f", r.resolveSeconds()));
    row(out, "max heap (-Xmx) MB", String.format("%,d", mb(r.maxHeap())));
    row(
        out,
        "live heap before ingesting MB (models none; the bases held by the benchmark)",
        String.format("%,d", mb(r.benchBytes())));
    row(
        out,
        "peak heap after collections while ingesting MB (upper bound of live data)",
        String.format("%,d", mb(r.peakLiveIngest())));
    row(
        out,
        "peak heap after collections while rebuilding MB (upper bound of live data)",
        String.format("%,d", mb(r.peakLiveResolve())));
    row(out, "live heap after the run MB", String.format("%,d", mb(r.liveAfter())));
    r.summary().issues().stream().limit(5).forEach(i -> err.println("bench-memory: issue: " + i));
    return 0;
  }

  private int rebuildOnly(PrintWriter out) {
    if (store == null) {
      throw new ConfigException("--rebuild-only needs --store, the store to rebuild");
    }
    MemoryBenchmark.RebuildResult r = MemoryBenchmark.rebuild(StoreLocation.parse(store));
    out.println("| measure | value |");
    out.println("|---|---:|");
    row(out, "documents", String.format("%,d", r.documents()));
    row(
        out,
        "events / claims / relations",
        String.format(
            "%,d / %,d / %,d", r.facts().events(), r.facts().claims(), r.facts().relations()));
    row(out, "rebuild seconds", String.format(Locale.ROOT, "%.1f", r.seconds()));
    row(out, "max heap (-Xmx) MB", String.format("%,d", mb(r.maxHeap())));
    row(out, "live heap before MB", String.format("%,d", mb(r.liveBefore())));
    row(
        out,
        "peak heap after collections while rebuilding MB (upper bound of live data)",
        String.format("%,d", mb(r.peakLive())));
    row(out, "live heap after MB", String.format("%,d", mb(r.liveAfter())));
    return 0;
  }

  /** Deletes a folder of an earlier run, if any. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void row(PrintWriter out, String name, String value) {
    out.println("| " + name + " | " + value + " |");
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}
