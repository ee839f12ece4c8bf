// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.bench.ExtractionBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier bench-extraction}: main-text extraction scored by the benchmark's scorer. */
@Command(
    name = "bench-extraction",
    mixinStandardHelpOptions = true,
    description =
        "Extracts the main text of every page of the article-extraction benchmark, writes the"
            + " predictions and, when python3 is available, scores them with the benchmark's"
            + " score.py.")
final class BenchExtractionCommand implements Callable<Integer> {

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Benchmark folder with html/*.html.gz and score.py (default: ../shared/data/"
              + "article-extraction next to the Dossier folder).")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Predictions file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("extraction-predictions.jsonl");

  @Option(
      names = "--extractor",
      paramLabel = "NAME",
      converter = ExtractorConverter.class,
      description =
          "Main-text extractor: dossier (the one ingest uses), readability (Readability4J's"
              + " container as is) or readability-cleaned (its container with Dossier's chrome"
              + " pruning and boilerplate rules). Default: dossier.")
  ExtractionBenchmark.Extractor extractor = ExtractionBenchmark.Extractor.DOSSIER;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    Path folder =
        dir != null
            ? dir
            : Path.of(System.getProperty("dossier.home", "."))
                .resolve("../shared/data/article-extraction")
                .normalize();
    int pages = ExtractionBenchmark.predict(folder, out, extractor);
    stdout.println(
        "wrote " + pages + " predictions by the " + extractor.label() + " extractor to " + out);
    Path scorer = folder.resolve("score.py");
    if (!Files.exists(scorer)) {
      stdout.println(
          "no score.py in " + folder + "; score the predictions with the benchmark's scorer");
      return 0;
    }
    Process p;
    try {
      p =
          new ProcessBuilder("python3", scorer.toString(), out.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      stdout.println("python3 not found; run: python3 " + scorer + " " + out);
      return 0;
    }
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(5, TimeUnit.MINUTES);
    stdout.print(report);
    stdout.flush();
    return p.exitValue() == 0 ? 0 : Main.EXIT_INPUT_FAILURES;
  }

  /** Reads {@code --extractor} values by their labels ({@code readability-cleaned}). */
  static final class ExtractorConverter
      implements CommandLine.ITypeConverter<ExtractionBenchmark.Extractor> {
    @Override
    public ExtractionBenchmark.Extractor convert(String value) {
      for (ExtractionBenchmark.Extractor e : ExtractionBenchmark.Extractor.values()) {
        if (e.label().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown extractor '"
              + value
              + "'; use one of "
              + java.util.Arrays.stream(ExtractionBenchmark.Extractor.values())
                  .map(ExtractionBenchmark.Extractor::label)
                  .collect(java.util.stream.Collectors.joining(", ")));
    }
  }
}
