// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.UrlArticleReader;
import io.dossier.ingest.web.FetchOptions;
import io.dossier.model.IngestIssue;
import io.dossier.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier ingest PATH... --store DIR}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Reads files or folders (recursively), processes every article and adds it to the knowledge"
            + " base. Re-ingesting the same content is a no-op.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH|URL",
      description = "Files or folders to ingest, and http(s) URLs of pages or feeds to fetch.")
  List<String> inputs;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Longest time one URL may take, redirects and body included (default: 30). Decimals"
              + " allowed.")
  double timeoutSeconds = FetchOptions.DEFAULT_TIMEOUT.toSeconds();

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      description =
          "Largest response body accepted from a URL, in bytes or with a k, M or G suffix"
              + " (default: 10M).")
  String maxBytes = "10M";

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      converter = Stores.LocationConverter.class,
      description =
          "Knowledge-base folder (created if missing), or PostgreSQL database"
              + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE (user and password also"
              + " from PGUSER, PGPASSWORD).")
  StoreLocation store;

  @Mixin InputDefaultsOptions defaults;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  int threads = EngineConfig.defaultThreads();

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "GeoNames-format file (e.g. cities15000.txt or a country file) to geocode event places;"
              + " without it, coordinates stay null.")
  Path gazetteer;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    FetchOptions fetch = fetchOptions();
    try (Engine engine = Engine.open(new EngineConfig(store, threads, gazetteer))) {
      IngestSummary summary;
      if (inputs.stream().anyMatch(UrlArticleReader::isUrl)) {
        summary = ingestWithUrls(engine, fetch, out, err);
      } else {
        List<Path> paths = inputs.stream().map(Path::of).toList();
        summary = ingest(engine, paths, defaults.defaults(), "Ingesting", out, err);
        if (common.verbose) {
          engine
              .loadedProcessor()
              .ifPresent(p -> err.println("stage time (ms): " + p.timings().millis()));
        }
      }
      return summary.failed() > 0 ? Main.EXIT_INPUT_FAILURES : 0;
    }
  }

  /** Ingests paths and URLs with a progress bar, then reports as {@link #ingest} does. */
  private IngestSummary ingestWithUrls(
      Engine engine, FetchOptions fetch, PrintWriter out, PrintWriter err) {
    IngestSummary summary;
    try (Progress progress = Progress.forTerminal("Ingesting", err)) {
      summary = engine.ingest(inputs, defaults.defaults(), fetch, progress);
    }
    report(summary, out, err);
    if (common.verbose) {
      engine
          .loadedProcessor()
          .ifPresent(p -> err.println("stage time (ms): " + p.timings().millis()));
    }
    return summary;
  }

  private FetchOptions fetchOptions() {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 24 * 3600) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--timeout must be a number of seconds above 0 (at most a day), was " + timeoutSeconds);
    }
    return FetchOptions.DEFAULT.with(
        Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))), parseSize(maxBytes));
  }

  /** {@code 1048576}, {@code 512k}, {@code 10M}, {@code 1G} (binary units). */
  private long parseSize(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
      unit = v.endsWith("k") ? 1024L : v.endsWith("m") ? 1024L * 1024 : 1024L * 1024 * 1024;
      v = v.substring(0, v.length() - 1).strip();
    }
    try {
      long n = Long.parseLong(v);
      if (n >= 1 && n <= Long.MAX_VALUE / unit) {
        return n * unit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "--max-bytes must be a positive whole number of bytes, optionally with k, M or G, was '"
            + value
            + "'");
  }

  /**
   * Ingests with a progress bar on a terminal, then prints each failure (stderr) and the one-line
   * summary (stdout); shared with {@code demo}.
   */
  static IngestSummary ingest(
      Engine engine,
      List<Path> paths,
      IngestDefaults defaults,
      String task,
      PrintWriter out,
      PrintWriter err) {
    IngestSummary summary;
    try (Progress progress = Progress.forTerminal(task, err)) {
      summary = engine.ingest(paths, defaults, progress);
    }
    report(summary, out, err);
    return summary;
  }

  /**
   * Each failure (stderr), then the one-line summary and one line per language whose articles were
   * stored without analysis (stdout).
   */
  static void report(IngestSummary summary, PrintWriter out, PrintWriter err) {
    for (IngestIssue issue : summary.issues()) {
      err.println("failed: " + issue.describe());
    }
    out.println(summary.describe());
    for (String line : summary.describeNotAnalysed()) {
      out.println(line + " (stored; Dossier's analysis is English-only)");
    }
  }
}
