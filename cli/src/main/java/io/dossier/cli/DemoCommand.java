// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier demo}: ingests the bundled sample corpus into a temporary store and serves it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingests the sample corpus that ships with Dossier into a temporary store and serves it.")
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Keep the demo store in DIR instead of a temporary folder.")
  @Nullable Path store;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores).")
  int threads = EngineConfig.defaultThreads();

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path corpus = sampleCorpus();
    Path dir = store != null ? store : Files.createTempDirectory("dossier-demo-");
    out.println("demo store: " + dir);
    try (Engine engine = Engine.open(new EngineConfig(dir, threads))) {
      IngestCommand.ingest(
          engine, List.of(corpus), IngestDefaults.NONE, "Ingesting samples", out, err);
      ServeCommand.serveUntilStopped(engine, host, port, out);
    }
    return 0;
  }

  /** The sample corpus: {@code samples/corpus} under the installation folder. */
  static Path sampleCorpus() {
    String home = System.getProperty("dossier.home");
    Path corpus = Path.of(home == null ? "." : home).resolve("samples").resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      throw new ConfigException(
          "sample corpus not found at "
              + corpus.toAbsolutePath()
              + "; run the demo through the ./dossier launcher of a Dossier checkout");
    }
    return corpus;
  }
}
