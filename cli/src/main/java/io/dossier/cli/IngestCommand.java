// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.IngestIssue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR",
      description = "Knowledge-base folder (created if missing).")
  Path store;

  @Mixin InputDefaultsOptions inputs;

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
    try (Engine engine = Engine.open(new EngineConfig(store, threads, gazetteer))) {
      IngestSummary summary = ingest(engine, paths, inputs.defaults(), "Ingesting", out, err);
      if (common.verbose) {
        engine
            .loadedProcessor()
            .ifPresent(p -> err.println("stage time (ms): " + p.timings().millis()));
      }
      return summary.failed() > 0 ? Main.EXIT_INPUT_FAILURES : 0;
    }
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
    for (IngestIssue issue : summary.issues()) {
      err.println("failed: " + issue.describe());
    }
    out.println(summary.describe());
    return summary;
  }
}
