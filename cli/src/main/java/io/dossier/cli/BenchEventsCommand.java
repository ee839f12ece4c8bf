// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.events.EventBenchmark;
import io.dossier.engine.bench.events.EventReport;
import io.dossier.engine.bench.events.PloverRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench-events}: per-article event extraction scored on the PLOVER gold standard
 * (event type, source and target actors, casualties), development and held-out halves apart.
 */
@Command(
    name = "bench-events",
    mixinStandardHelpOptions = true,
    description =
        "Runs each sentence of the PLOVER gold standard as an undated article through CoreNLP and"
            + " the entity, time and event stages, and scores the main event of each sentence:"
            + " event-type accuracy and macro-F1 with per-type P/R/F1, source and target actor"
            + " precision/recall, casualty exact match. Records whose id ends in an even number"
            + " are the development half, odd ones are held out. Prints Markdown tables.")
final class BenchEventsCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "PLOVER gsr.jsonl (default: ../shared/data/plover/gsr.jsonl next to the Dossier"
              + " folder).")
  @Nullable Path data;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Write the development-half outcomes (predicted vs gold, one record per entry) to FILE"
              + " for error analysis. Keep it out of the repository: the sentences are CC BY-SA.")
  @Nullable Path errors;

  @Option(
      names = "--no-depparse-cost",
      description =
          "Skip the second CoreNLP run without dependency parsing (its cost is not shown).")
  boolean noDepparseCost;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file =
        data != null
            ? data
            : Path.of(System.getProperty("dossier.home", "."))
                .toAbsolutePath()
                .normalize()
                .resolveSibling("shared")
                .resolve("data")
                .resolve("plover")
                .resolve("gsr.jsonl");
    List<PloverRecord> records = PloverRecord.read(file);
    err.println("bench-events: " + records.size() + " records from " + file + "; loading CoreNLP…");
    EventBenchmark.Result result =
        EventBenchmark.run(
            records,
            !noDepparseCost,
            done -> {
              if (done % 50 == 0) {
                err.println("bench-events: " + done + " / " + records.size());
              }
            });
    out.println("### PLOVER event extraction (" + records.size() + " sentences)");
    out.println();
    out.println(EventReport.summary(result.outcomes()));
    out.println("Per type, all records (projected type):");
    out.println();
    out.println(EventReport.perType(result.outcomes()));
    out.printf(
        Locale.ROOT,
        "Time per sentence-article: event stage %.2f ms; CoreNLP %.1f ms",
        result.eventsMillis(),
        result.corenlpMillis());
    if (result.corenlpWithoutDepparseMillis() != null) {
      out.printf(
          Locale.ROOT,
          " (%.1f ms without the dependency parse, so depparse adds %.1f ms)",
          result.corenlpWithoutDepparseMillis(),
          result.corenlpMillis() - result.corenlpWithoutDepparseMillis());
    }
    out.println();
    if (errors != null) {
      Files.writeString(
          errors, EventReport.developmentErrors(result.outcomes()), StandardCharsets.UTF_8);
      err.println("bench-events: development-half outcomes written to " + errors);
    }
    out.flush();
    return 0;
  }
}
