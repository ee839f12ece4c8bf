// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.server.DossierServer;
import io.dossier.server.ServerConfig;
import io.dossier.store.StoreLocation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier serve --store DIR [--host 127.0.0.1] [--port 8080] [--token SECRET]}: binding an
 * address other than loopback requires a token, which write requests (curation) then must present.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the web application and JSON API over a knowledge base.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      converter = Stores.LocationConverter.class,
      description =
          "Knowledge-base folder, or PostgreSQL database"
              + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE (user and password also"
              + " from PGUSER, PGPASSWORD).")
  StoreLocation store;

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

  @Option(
      names = "--token",
      paramLabel = "SECRET",
      defaultValue = "${env:DOSSIER_TOKEN}",
      description =
          "Access token that write requests (curation) must present, as 'Authorization: Bearer"
              + " SECRET' or in the page forms; required to bind anything but 127.0.0.1"
              + " (default: the DOSSIER_TOKEN environment variable).")
  @Nullable String token;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token == null && !ServerConfig.isLoopback(host)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), ServerConfig.requiresTokenMessage(host));
    }
    Stores.requireExisting(store);
    try (Engine engine = Engine.open(new EngineConfig(store, 1))) {
      // a run killed between its last commit and the rebuild leaves merged events behind
      engine.refreshFacts();
      serveUntilStopped(engine, host, port, token, spec.commandLine().getOut());
    }
    return 0;
  }

  /** Serves {@code engine}'s store, without a token, until the process is interrupted. */
  static void serveUntilStopped(Engine engine, String host, int port, PrintWriter out)
      throws InterruptedException {
    serveUntilStopped(engine, host, port, null, out);
  }

  /** Serves {@code engine}'s store until the process is interrupted (Ctrl-C). */
  static void serveUntilStopped(
      Engine engine, String host, int port, @Nullable String token, PrintWriter out)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (DossierServer server =
        DossierServer.create(
            engine,
            cfg -> {
              cfg.host = host;
              cfg.port = port;
              cfg.token = token;
            })) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dossier-shutdown"));
      out.println(
          "serving "
              + server.url()
              + "/  (Ctrl-C to stop"
              + (token == null ? "" : "; changes need the access token")
              + ")");
      out.flush();
      stopped.await();
    }
  }
}
