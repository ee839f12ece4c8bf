// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.claims.AnnotatorAgreement;
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

  @Option(
      names = "--agreement",
      description =
          "Measure the ceiling instead: on the split's articles annotated independently by"
              + " several people, score each annotator against the alphabetically first one (and"
              + " every ordered pair of annotators) with the same scorer, print the mean and"
              + " range, and score the system on the same articles against the first annotator.")
  boolean agreement;

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
    Path dir = data != null ? data : SharedData.folder("polnear");
    PolnearCorpus corpus = PolnearCorpus.read(dir, split);
    if (agreement) {
      if (corpus.multiplyAnnotated().isEmpty()) {
        throw new ConfigException("no multiply annotated articles in split " + split);
      }
      corpus = corpus.restrictedTo(corpus.multiplyAnnotated().keySet());
      printAgreement(out, AnnotatorAgreement.measure(corpus));
    }
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
        "### "
            + (agreement ? "System on the same articles, against the first annotator: " : "")
            + "PolNeAR "
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

  private void printAgreement(PrintWriter out, AnnotatorAgreement.Result a) {
    out.println(
        "### Annotator agreement, PolNeAR "
            + split
            + " ("
            + a.articles()
            + " articles annotated independently by several people)");
    out.println();
    out.println(
        "| reference → annotator | articles | content exact F1 | content partial P / R / F1"
            + " | speaker acc. | end-to-end F1 | source spans P / R / F1 | cue spans F1 |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (AnnotatorAgreement.Comparison c : a.againstFirst()) {
      AttributionScorer.Scores s = c.scores();
      out.printf(
          Locale.ROOT,
          "| %s → %s | %d | %.3f | %.3f / %.3f / %.3f | %.3f | %.3f | %.3f / %.3f / %.3f | %.3f |%n",
          c.reference(),
          c.annotator(),
          c.articles(),
          s.contentExact().f1(),
          s.contentPartial().precision(),
          s.contentPartial().recall(),
          s.contentPartial().f1(),
          s.speakerAccuracy(),
          s.endToEnd().f1(),
          s.sourceSpans().precision(),
          s.sourceSpans().recall(),
          s.sourceSpans().f1(),
          s.cueSpans().f1());
    }
    out.println();
    out.println("| measure | against the first: mean (min – max) | all pairs: mean (min – max) |");
    out.println("|---|---:|---:|");
    agreementRow(out, a, "content, exact F1", s -> s.contentExact().f1());
    agreementRow(out, a, "content, partial F1", s -> s.contentPartial().f1());
    agreementRow(out, a, "speaker accuracy", AttributionScorer.Scores::speakerAccuracy);
    agreementRow(out, a, "end-to-end F1", s -> s.endToEnd().f1());
    agreementRow(out, a, "source spans F1", s -> s.sourceSpans().f1());
    agreementRow(out, a, "cue spans F1", s -> s.cueSpans().f1());
    out.println();
  }

  private static void agreementRow(
      PrintWriter out,
      AnnotatorAgreement.Result a,
      String name,
      java.util.function.ToDoubleFunction<AttributionScorer.Scores> measure) {
    AnnotatorAgreement.Range first = AnnotatorAgreement.range(a.againstFirst(), measure);
    AnnotatorAgreement.Range all = AnnotatorAgreement.range(a.allPairs(), measure);
    out.printf(
        Locale.ROOT,
        "| %s | %.3f (%.3f – %.3f) | %.3f (%.3f – %.3f) |%n",
        name,
        first.mean(),
        first.min(),
        first.max(),
        all.mean(),
        all.min(),
        all.max());
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
}
