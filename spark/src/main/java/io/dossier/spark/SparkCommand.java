// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.ingest.IngestDefaults;
import io.dossier.model.IngestIssue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier spark --master local[2] INPUT... --out DIR}. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description =
        "Runs the ingest pipeline as a Spark batch job and writes Parquet tables (documents,"
            + " entities, mentions, events, claims, relations, …) that 'dossier load' puts into a"
            + " store. Same results as 'dossier ingest' on the same inputs.")
final class SparkCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files or folders: local paths, or any Hadoop file system URI (hdfs://, s3a://,"
              + " file:/).")
  List<String> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder for the Parquet tables (local or Hadoop URI); must not exist.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (local[2], spark://host:7077, yarn, …). Default: the one spark-submit"
              + " sets, else local[*].")
  @Nullable String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions for the per-article stages and resolution (default: Spark's).")
  int partitions;

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
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "GeoNames-format file to geocode event places (must be readable by executors).")
  @Nullable Path gazetteer;

  @Option(names = "--verbose", description = "Stack traces on errors; time per phase.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = Sessions.open("dossier spark", master, partitions);
    try {
      BatchJob.Result result =
          new BatchJob(spark, ProcessorFactory.STANDARD)
              .run(
                  new BatchJob.Options(
                      inputs,
                      this.out,
                      new IngestDefaults(outlet, published),
                      gazetteer,
                      partitions));
      for (IngestIssue issue : result.summary().issues()) {
        err.println("failed: " + issue.describe());
      }
      out.println(result.summary().describe());
      for (String line : result.summary().describeNotAnalysed()) {
        out.println(line + " (Dossier's analysis is English-only)");
      }
      out.println("wrote Parquet tables to " + this.out + ": " + describe(result.rows()));
      if (verbose) {
        err.println(
            "phase time (ms): "
                + result.phases()
                + "; entity resolution groups: "
                + result.componentRounds()
                + " rounds of label propagation, largest group "
                + result.largestComponent()
                + " documents");
      }
      return result.summary().failed() > 0 ? SparkMain.EXIT_INPUT_FAILURES : 0;
    } finally {
      spark.stop();
    }
  }

  static String describe(Map<String, Long> rows) {
    return rows.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
