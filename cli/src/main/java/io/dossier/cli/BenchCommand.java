// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.Benchmark;
import io.dossier.model.Article;
import io.dossier.model.ConfigException;
import io.dossier.model.IngestIssue;
import io.dossier.nlp.BaselinePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier bench --input FILE...}: ingest throughput against CoreNLP's stock pipeline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures end-to-end ingest throughput and peak heap, and runs CoreNLP's default pipeline"
            + " on the same articles in the same run for comparison. Prints a Markdown table.")
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Articles to ingest (files or folders).")
  List<Path> inputs;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use only the first N articles (default: all).")
  int limit;

  @Option(
      names = "--baseline-limit",
      paramLabel = "M",
      description =
          "Articles for the head-to-head comparison with CoreNLP (default: ${DEFAULT-VALUE}; 0 = all).")
  int baselineLimit = 100;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      description =
          "Before the timed runs, give Dossier and then the baseline W other articles (those"
              + " after the head-to-head ones) untimed, so both are compared with their code"
              + " compiled by the JIT (default: ${DEFAULT-VALUE}: both cold, as a first run).")
  int warmup;

  @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline.")
  boolean noBaseline;

  @Option(
      names = "--annotators",
      paramLabel = "LIST",
      description = "Baseline annotators (default: ${DEFAULT-VALUE}).")
  String annotators = BaselinePipeline.DEFAULT_ANNOTATORS;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for both Dossier and the baseline (default: number of cores).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ConfigException("--threads must be 1 or more (was " + threads + ")");
    }
    if (warmup < 0) {
      throw new ConfigException("--warmup must be 0 or more (was " + warmup + ")");
    }
    List<IngestIssue> issues = new ArrayList<>();
    List<Article> articles = Benchmark.read(inputs, limit, issues);
    issues.forEach(i -> err.println("failed: " + i.describe()));
    if (articles.isEmpty()) {
      throw new ConfigException("no articles found in " + inputs);
    }
    List<Article> head =
        baselineLimit > 0 && articles.size() > baselineLimit
            ? articles.subList(0, baselineLimit)
            : articles;
    List<Article> warm =
        articles.subList(head.size(), Math.min(articles.size(), head.size() + warmup));
    if (warmup > 0 && warm.size() < warmup) {
      throw new ConfigException(
          "--warmup "
              + warmup
              + " needs "
              + warmup
              + " articles after the "
              + head.size()
              + " compared; the input has "
              + (articles.size() - head.size()));
    }
    List<Benchmark.Result> results = new ArrayList<>();
    if (!warm.isEmpty()) {
      err.println("bench: warming Dossier up on " + warm.size() + " other articles (untimed)…");
      Benchmark.dossier(warm, Files.createTempDirectory("dossier-bench-warmup-"), threads);
      if (!noBaseline) {
        err.println("bench: warming CoreNLP up on the same " + warm.size() + " (untimed)…");
        Benchmark.baseline(warm, annotators, threads);
      }
    }
    String state = warm.isEmpty() ? "cold" : "warmed up on " + warm.size() + " other articles";
    err.println("bench: Dossier on " + head.size() + " articles…");
    results.add(Benchmark.dossier(head, Files.createTempDirectory("dossier-bench-"), threads));
    if (!noBaseline) {
      err.println("bench: CoreNLP " + annotators + " on the same " + head.size() + " articles…");
      results.add(Benchmark.baseline(head, annotators, threads));
    }
    if (head.size() < articles.size()) {
      err.println("bench: Dossier on all " + articles.size() + " articles…");
      results.add(
          Benchmark.dossier(articles, Files.createTempDirectory("dossier-bench-"), threads));
    }
    out.println(
        "| run | articles | tokens | wall s | load s | articles/s | tokens/s | peak heap MB |"
            + " peak live heap MB |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Benchmark.Result r : results) {
      out.println(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %.2f | %.0f | %d | %d |",
              r.name(),
              r.articles(),
              r.tokens(),
              r.seconds(),
              r.loadSeconds(),
              r.articlesPerSecond(),
              r.tokensPerSecond(),
              r.peakHeapBytes() >> 20,
              r.peakLiveHeapBytes() >> 20));
    }
    if (!noBaseline) {
      double ratio = results.get(0).articlesPerSecond() / results.get(1).articlesPerSecond();
      out.println();
      out.println(
          String.format(
              Locale.ROOT,
              "Dossier is %.1f× the throughput of CoreNLP's %s on the same %d articles (%s).",
              ratio,
              annotators,
              head.size(),
              state));
    }
    out.println();
    out.println("Dossier stage time (ms, summed over threads): " + results.get(0).stageMillis());
    out.println("Dossier annotation: " + results.get(0).annotation());
    return 0;
  }
}
