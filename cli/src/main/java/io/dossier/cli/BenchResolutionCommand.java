// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.resolution.EcbPlusCorpus;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation.Kinds;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation.Setting;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation.UnnamedChains;
import io.dossier.engine.bench.resolution.FactScaling;
import io.dossier.engine.bench.resolution.NamePool;
import io.dossier.engine.bench.resolution.ResolutionReport;
import io.dossier.engine.bench.resolution.ResolutionScaling;
import io.dossier.engine.bench.resolution.ResolverSetup;
import io.dossier.model.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench-resolution}: cross-document entity resolution on ECB+ (MUC, B³, CEAF-e,
 * CoNLL F1 against the exact-name baseline) and its cost at growing corpus sizes.
 */
@Command(
    name = "bench-resolution",
    mixinStandardHelpOptions = true,
    description =
        "Measures cross-document entity resolution on ECB+ with gold within-document chains"
            + " (MUC, B³, CEAF-e, CoNLL F1; exact-name baseline for comparison) and its cost on"
            + " synthesized corpora of growing size. Prints Markdown tables.")
final class BenchResolutionCommand implements Callable<Integer> {

  @Option(
      names = "--ecbplus",
      paramLabel = "DIR",
      description =
          "Folder with the ECB+ documents.jsonl and mentions.jsonl"
              + " (default: ../shared/data/ecbplus next to the Dossier folder).")
  @Nullable Path ecbplus;

  @Option(
      names = "--polnear",
      paramLabel = "FILE",
      description =
          "PolNeAR articles.jsonl, a further source of names for the scaling run; optional"
              + " (default: ../shared/data/polnear/articles.jsonl next to the Dossier folder).")
  @Nullable Path polnear;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N,N,…",
      description = "Corpus sizes, in articles, for the scaling run (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes = new ArrayList<>(List.of(10_000, 50_000, 100_000));

  @Option(
      names = "--entities-per-article",
      paramLabel = "N",
      description = "Local entities per synthesized article (default: ${DEFAULT-VALUE}).")
  int entitiesPerArticle = 20;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the synthesized corpora (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--per-topic", description = "Also print CoNLL F1 per ECB+ topic.")
  boolean perTopic;

  @Option(
      names = "--errors",
      paramLabel = "N",
      description =
          "Print the N largest missed links and wrong merges of each resolver"
              + " (default: ${DEFAULT-VALUE}).")
  int errors = 10;

  @Option(names = "--no-scaling", description = "Skip the scaling run.")
  boolean noScaling;

  @Option(
      names = "--facts",
      description =
          "Only time cross-article fact resolution (event merging, claim linking, relations) on"
              + " synthesized documents of each --sizes; needs no data.")
  boolean facts;

  @Option(
      names = "--no-fold",
      description =
          "Give the resolver every gold chain and every unlinked mention as its own local entity,"
              + " even when an article then has several local entities of one name (by default an"
              + " unlinked proper-name mention joins the chain of the same name in its article).")
  boolean noFold;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (int size : sizes) {
      if (size < 1) {
        throw new ConfigException("--sizes must list positive article counts (was " + size + ")");
      }
    }
    if (entitiesPerArticle < 1) {
      throw new ConfigException(
          "--entities-per-article must be 1 or more (was " + entitiesPerArticle + ")");
    }
    if (facts) {
      return factScaling(out, err);
    }
    Path dir = ecbplus != null ? ecbplus : SharedData.folder("ecbplus");
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(
          "ECB+ data not found at "
              + dir
              + "; pass --ecbplus DIR (the shared/data/ecbplus folder)");
    }
    err.println("bench-resolution: reading ECB+ from " + dir + "…");
    EcbPlusCorpus corpus = EcbPlusCorpus.read(dir);
    List<ResolverSetup> setups = ResolverSetup.standard();
    EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus);

    out.println("### ECB+ cross-document entity resolution (gold within-document chains)");
    out.println();
    List<EcbPlusEvaluation.Result> main = new ArrayList<>();
    for (Kinds kinds : Kinds.values()) {
      List<EcbPlusEvaluation.Result> results = new ArrayList<>();
      for (UnnamedChains unnamed : UnnamedChains.values()) {
        for (boolean restricted : new boolean[] {true, false}) {
          Setting setting = new Setting(kinds, unnamed, restricted, !noFold);
          for (ResolverSetup setup : setups) {
            EcbPlusEvaluation.Result r = evaluation.run(setup, setting);
            results.add(r);
            if (kinds == Kinds.PERSON_ORGANIZATION
                && unnamed == UnnamedChains.KEEP_LOCAL
                && restricted) {
              main.add(r);
            }
          }
        }
      }
      out.println(ResolutionReport.ecbPlusTable(results));
    }
    if (perTopic) {
      out.println("CoNLL F1 per topic, " + main.get(0).setting().describe() + ":");
      out.println();
      out.println(ResolutionReport.perTopicTable(main));
    }
    if (errors > 0) {
      for (EcbPlusEvaluation.Result r : main) {
        if (r.resolver().equals(ResolverSetup.noLinking().name())) {
          continue;
        }
        out.println("Largest errors of " + r.resolver() + " (" + r.setting().describe() + "):");
        out.println();
        r.missedLinks().stream().limit(errors).forEach(e -> out.println("- missed: " + e));
        r.wrongMerges().stream().limit(errors).forEach(e -> out.println("- merged: " + e));
        out.println();
      }
    }

    if (!noScaling) {
      Path names =
          polnear != null ? polnear : SharedData.folder("polnear").resolve("articles.jsonl");
      NamePool pool = NamePool.fromData(corpus, names, seed);
      ResolutionScaling scaling = new ResolutionScaling(pool, entitiesPerArticle, seed);
      out.println(
          "### Resolution cost ("
              + entitiesPerArticle
              + " entities per article; names: "
              + pool.source()
              + ")");
      out.println();
      for (ResolverSetup setup : setups) {
        if (!setup.crossDocument()) {
          continue;
        }
        err.println("bench-resolution: warming up " + setup.name() + "…");
        scaling.run(setup, Math.min(10_000, sizes.stream().mapToInt(i -> i).min().orElse(1)));
        List<ResolutionScaling.Point> points = new ArrayList<>();
        for (int size : sizes) {
          err.println("bench-resolution: " + setup.name() + " on " + size + " articles…");
          points.add(scaling.run(setup, size));
        }
        out.println(ResolutionReport.scalingTable(setup.name(), points));
      }
    }
    return 0;
  }

  private int factScaling(PrintWriter out, PrintWriter err) {
    FactScaling scaling = new FactScaling(seed);
    err.println("bench-resolution: warming up fact resolution…");
    scaling.run(Math.min(10_000, sizes.stream().mapToInt(i -> i).min().orElse(1)));
    out.println(
        "### Fact resolution cost ("
            + FactScaling.PER_DAY
            + " documents a day, 4 event mentions and 12 quotes each)");
    out.println();
    out.println(
        "| documents | event mentions | claim mentions | events | claims | relations | resolve s"
            + " | µs / document | × documents | × time | live heap after, MB |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    FactScaling.Row first = null;
    for (int size : sizes) {
      err.println("bench-resolution: fact resolution on " + size + " documents…");
      FactScaling.Row r = scaling.run(size);
      if (first == null) {
        first = r;
      }
      out.printf(
          java.util.Locale.ROOT,
          "| %,d | %,d | %,d | %,d | %,d | %,d | %.2f | %,d | %.1f | %.1f | %,d |%n",
          r.documents(),
          r.eventMentions(),
          r.claimMentions(),
          r.events(),
          r.claims(),
          r.relations(),
          r.millis() / 1000.0,
          r.millis() * 1000 / r.documents(),
          (double) r.documents() / first.documents(),
          (double) r.millis() / Math.max(1, first.millis()),
          r.liveHeapMb());
      out.flush();
    }
    return 0;
  }
}
