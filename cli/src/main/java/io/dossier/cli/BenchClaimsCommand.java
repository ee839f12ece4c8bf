// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.claims.AttributionScorer;
import io.dossier.engine.bench.claims.ClaimBenchmark;
import io.dossier.engine.bench.claims.PolnearCorpus;
import io.dossier.model.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench-claims}: claim extraction and attribution scored on PolNeAR (content,
 * speaker, cue and source spans).
 */
@Command(
    name = "bench-claims",
    mixinStandardHelpOptions = true,
    description =
        "Runs CoreNLP, entities and claims over a PolNeAR split and scores the claims against the"
            + " gold attributions: content P/R/F1 (exact and partial), speaker accuracy, end-to-end"
            + " F1, cue accuracy and source-span F1. Prints a Markdown table.")
final class BenchClaimsCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder with PolNeAR articles.jsonl and attributions.jsonl"
              + " (default: ../shared/data/polnear next to the Dossier folder).")
  @Nullable Path data;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      description = "Split to score: train or dev (default: ${DEFAULT-VALUE}).")
  String split = "dev";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep the CoreNLP parses in DIR and reuse them on later runs (default: parse every run).")
  @Nullable Path cache;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Score only the first N articles of the split (default: all).")
  int limit;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Write every missed, spurious and mis-attributed claim to FILE, for error analysis"
              + " (use on train; the file quotes corpus text, keep it out of the repository).")
  @Nullable Path errors;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ConfigException("--threads must be 1 or more (was " + threads + ")");
    }
    if (limit < 0) {
      throw new ConfigException("--limit must be 0 (all) or more (was " + limit + ")");
    }
    Path dir = data != null ? data : shared("polnear");
    PolnearCorpus corpus = PolnearCorpus.read(dir, split);
    int total = limit > 0 ? Math.min(limit, corpus.articles().size()) : corpus.articles().size();
    err.println("bench-claims: " + total + " " + split + " articles from " + dir + "…");
    ClaimBenchmark.Result r =
        ClaimBenchmark.run(
            corpus,
            threads,
            cache,
            errors,
            limit,
            done -> {
              if (done % 50 == 0 || done == total) {
                err.println("bench-claims: " + done + "/" + total);
              }
            });
    AttributionScorer.Scores s = r.scores();
    out.println(
        "### PolNeAR "
            + r.split()
            + " ("
            + r.articles()
            + " articles, "
            + s.gold()
            + " gold attributions, "
            + s.predicted()
            + " predicted)");
    out.println();
    out.println("| measure | precision | recall | F1 |");
    out.println("|---|---:|---:|---:|");
    row(out, "content, exact", s.contentExact());
    row(out, "content, partial (≥ 50 % of gold)", s.contentPartial());
    row(out, "end to end (content partial + speaker)", s.endToEnd());
    row(out, "source spans (overlap)", s.sourceSpans());
    row(out, "cue spans (overlap)", s.cueSpans());
    out.println();
    out.printf(
        Locale.ROOT,
        "speaker accuracy over matched pairs: %.3f; cue accuracy over matched pairs: %.3f%n",
        s.speakerAccuracy(),
        s.cueAccuracy());
    out.printf(
        Locale.ROOT,
        "claim stage: %.2f ms per article; annotation%s: %.0f ms per article%n",
        r.claimStageMillisPerArticle(),
        cache != null ? " (or cache read)" : "",
        r.annotationMillisPerArticle());
    if (errors != null) {
      err.println("bench-claims: errors written to " + errors);
    }
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String name, AttributionScorer.Prf prf) {
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f |%n",
        name,
        prf.precision(),
        prf.recall(),
        prf.f1());
  }

  /** {@code ../shared/data/<name>} next to the Dossier folder ({@code dossier.home}). */
  private static Path shared(String name) {
    String home = System.getProperty("dossier.home", ".");
    return Path.of(home)
        .toAbsolutePath()
        .normalize()
        .resolveSibling("shared")
        .resolve("data")
        .resolve(name);
  }
}
