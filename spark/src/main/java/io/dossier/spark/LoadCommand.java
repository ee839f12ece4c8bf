// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.store.StoreLocation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier load --parquet DIR --store TARGET}. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Loads the Parquet tables of a 'dossier spark' run into a knowledge base (a new one, or"
            + " one that already holds exactly that run).")
final class LoadCommand implements Callable<Integer> {

  @Option(
      names = "--parquet",
      required = true,
      paramLabel = "DIR",
      description = "The --out folder of a 'dossier spark' run (local or Hadoop URI).")
  String parquet;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      description =
          "Knowledge base to load into: a folder (created if missing) or a PostgreSQL database"
              + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE.")
  String store;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master that reads the tables (default: local[*]).")
  @Nullable String master;

  @Option(names = "--verbose", description = "Stack traces on errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = Sessions.open("dossier load", master, 0);
    ParquetLoader loader = new ParquetLoader(spark);
    try {
      // before the store is opened (and created): a wrong folder must not leave an empty store
      loader.requireTables(parquet);
    } catch (RuntimeException | java.io.IOException e) {
      spark.stop();
      throw e;
    }
    try (Engine engine = Engine.open(new EngineConfig(StoreLocation.parse(store), 1))) {
      ParquetLoader.Result result = loader.load(parquet, engine.knowledgeBase());
      if (result.alreadyLoaded()) {
        out.println(
            store + " already holds the " + result.documents() + " documents; nothing to do");
      } else {
        out.println(
            "loaded "
                + result.documents()
                + " documents, "
                + result.events()
                + " events and "
                + result.claims()
                + " claims into "
                + store);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
