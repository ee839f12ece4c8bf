// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.model.ConfigException;
import io.dossier.model.StorageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** Entry point of the {@code dossier} command. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles about a conflict into an evidence-linked knowledge base.",
    footer = {
      "",
      "Batch mode on Apache Spark (./dossier runs these on the spark module):",
      "  spark     Ingest as a Spark job, writing Parquet tables (INPUT... --out DIR)",
      "  load      Load those tables into a store (--parquet DIR --store TARGET)"
    },
    subcommands = {
      IngestCommand.class,
      ExportCommand.class,
      SourcesCommand.class,
      AnnotateCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      BenchResolutionCommand.class,
      BenchExtractionCommand.class,
      BenchEventsCommand.class,
      BenchClaimsCommand.class,
      BenchServerCommand.class,
      BenchMemoryCommand.class,
      EntityCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code: the command ran but some inputs failed. */
  public static final int EXIT_INPUT_FAILURES = 1;

  /** Exit code: usage or configuration error. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("dossier: " + ex.getMessage());
          // "dossier entity merge" for nested subcommands
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println("hint: run '" + name + " --help' for usage");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("dossier: error: " + oneLine(ex));
          if (verbose) {
            ex.printStackTrace(err);
          } else {
            err.println("hint: " + hintFor(ex) + " (add --verbose for the stack trace)");
          }
          return ex instanceof ConfigException || ex instanceof StorageException
              ? EXIT_USAGE
              : EXIT_INPUT_FAILURES;
        });
    return cli.execute(args);
  }

  private static String oneLine(Throwable ex) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String hintFor(Throwable ex) {
    if (ex instanceof StorageException) {
      return String.valueOf(ex.getMessage()).contains("postgresql://")
          ? "check the --store URL, that the PostgreSQL server runs, and that the user may use"
              + " the database"
          : "check that --store names a Dossier store folder you can write to";
    }
    if (ex instanceof ConfigException) {
      return "check the options; 'dossier help' lists them";
    }
    if (ex instanceof OutOfMemoryError) {
      return "raise the heap with DOSSIER_JAVA_OPTS=-Xmx6g";
    }
    return "this looks like a bug in Dossier; please report it with the input that caused it";
  }

  /** Reports the version from the jar manifest or the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
