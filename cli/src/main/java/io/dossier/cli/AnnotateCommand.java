// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.DocumentAnnotator;
import io.dossier.engine.export.Json;
import io.dossier.ingest.InputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dossier annotate FILE... [--published YYYY-MM-DD]}. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description =
        "Runs the per-document stages only (no store) and prints one JSON object per document:"
            + " what Dossier sees in an article.")
final class AnnotateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files (or folders) to annotate.")
  List<Path> files;

  @Mixin InputDefaultsOptions inputs;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] problems = {0};
    int[] notAnalysed = {0};
    List<Path> expanded =
        InputFiles.expand(
            files,
            issue -> {
              problems[0]++;
              err.println("failed: " + issue.describe());
            });
    problems[0] +=
        new DocumentAnnotator()
            .annotate(
                expanded,
                inputs.defaults(),
                doc -> {
                  out.println(Json.line(doc));
                  out.flush();
                },
                issue -> err.println("failed: " + issue.describe()),
                note -> {
                  err.println("note: " + note + "; Dossier's analysis is English-only");
                  notAnalysed[0]++;
                });
    if (notAnalysed[0] > 0) {
      err.println("not analysed (other language than English): " + notAnalysed[0]);
    }
    return problems[0] > 0 ? Main.EXIT_INPUT_FAILURES : 0;
  }
}
