// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.ConfigException;
import io.dossier.model.StorageException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * Entry point of the Spark batch mode: {@code spark} (the job) and {@code load} (Parquet into a
 * store). The {@code ./dossier} launcher dispatches {@code dossier spark} and {@code dossier load}
 * here, on this module's classpath (with Spark); on a cluster, {@code spark-submit --class
 * io.dossier.spark.SparkMain} runs it the same way. Exit codes as the {@code dossier} command: 0
 * success, 1 some inputs failed, 2 usage or configuration error.
 */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description = "Dossier's batch mode on Apache Spark.",
    subcommands = {SparkCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {

  /** Exit code: the command ran but some inputs failed. */
  static final int EXIT_INPUT_FAILURES = 1;

  /** Exit code: usage or configuration error. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required: spark or load");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setOut(out);
    cli.setErr(err);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("dossier: " + ex.getMessage());
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println("hint: run '" + name + " --help' for usage");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          String message =
              ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
          err.println("dossier: error: " + message.replaceAll("\\s*\\R\\s*", " "));
          if (verbose) {
            ex.printStackTrace(err);
          } else {
            err.println(
                "hint: "
                    + (ex instanceof ConfigException
                        ? "check the options; '"
                            + commandLine.getCommandSpec().qualifiedName()
                            + " --help' lists them"
                        : ex instanceof StorageException
                            ? "check that --store names a store you can write to"
                            : "run with --verbose for the stack trace")
                    + "");
          }
          return ex instanceof ConfigException || ex instanceof StorageException
              ? EXIT_USAGE
              : EXIT_INPUT_FAILURES;
        });
    return cli.execute(args);
  }
}
