// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.IngestIssue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Outlet for inputs that name none.")
  @Nullable String outlet;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  int threads = EngineConfig.defaultThreads();

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(new EngineConfig(store, threads));
        Progress progress = Progress.forTerminal("Ingesting", err)) {
      IngestSummary summary = engine.ingest(paths, new IngestDefaults(outlet, published), progress);
      progress.close();
      for (IngestIssue issue : summary.issues()) {
        err.println("failed: " + issue.describe());
      }
      out.println(summary.describe());
      if (common.verbose) {
        engine
            .loadedProcessor()
            .ifPresent(p -> err.println("stage time (ms): " + p.timings().millis()));
      }
      return summary.failed() > 0 ? Main.EXIT_INPUT_FAILURES : 0;
    }
  }
}
