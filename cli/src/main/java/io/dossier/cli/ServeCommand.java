// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.server.DossierServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier serve --store DIR [--host 127.0.0.1] [--port 8080]}. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the web application and JSON API over a knowledge base.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR",
      description = "Knowledge-base folder.")
  Path store;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Stores.requireExisting(store);
    try (Engine engine = Engine.open(new EngineConfig(store, 1))) {
      serveUntilStopped(engine, host, port, spec.commandLine().getOut());
    }
    return 0;
  }

  /** Serves {@code engine}'s store until the process is interrupted (Ctrl-C). */
  static void serveUntilStopped(Engine engine, String host, int port, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (DossierServer server =
        DossierServer.create(
            engine.knowledgeBase(),
            cfg -> {
              cfg.host = host;
              cfg.port = port;
            })) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dossier-shutdown"));
      out.println("serving " + server.url() + "/  (Ctrl-C to stop)");
      out.flush();
      stopped.await();
    }
  }
}
