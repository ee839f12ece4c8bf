// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.bench.server.SyntheticStore;
import io.dossier.model.ConfigException;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.server.DossierServer;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench-server}: p50/p95/p99 latency of the search and entity pages (and their JSON
 * API twins) on a large synthetic store, one request at a time over HTTP on loopback.
 */
@Command(
    name = "bench-server",
    mixinStandardHelpOptions = true,
    description =
        "Measures the latency of the web application's search and entity pages on a large"
            + " synthetic knowledge base (committed without NLP; built once, then reused from"
            + " --store). Prints a Markdown table.")
final class BenchServerCommand implements Callable<Integer> {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Where the synthetic store is built, or reused if it holds documents"
              + " (default: a temporary folder).")
  @Nullable Path store;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles (default: ${DEFAULT-VALUE}).")
  int articles = 50_000;

  @Option(
      names = "--entities",
      paramLabel = "N",
      description = "Entity pool, Zipf-distributed (default: ${DEFAULT-VALUE}).")
  int entities = 20_000;

  @Option(
      names = "--per-article",
      paramLabel = "N",
      description = "Entities named per article (default: ${DEFAULT-VALUE}).")
  int perArticle = 8;

  @Option(
      names = "--requests",
      paramLabel = "N",
      description = "Measured requests per kind (default: ${DEFAULT-VALUE}).")
  int requests = 400;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1 || entities < 10 || perArticle < 1 || requests < 10) {
      throw new ConfigException(
          "--articles ≥ 1, --entities ≥ 10, --per-article ≥ 1 and --requests ≥ 10 are required");
    }
    Path dir = store != null ? store : Files.createTempDirectory("dossier-bench-server-");
    SyntheticStore synthetic = new SyntheticStore(Engine.standardResolver(), entities, seed);
    try (Engine engine = Engine.open(new EngineConfig(dir, 1))) {
      KnowledgeBase kb = engine.knowledgeBase();
      if (kb.documentCount() == 0) {
        err.println("bench-server: building " + articles + " synthetic articles in " + dir + "…");
        long t0 = System.nanoTime();
        synthetic.fill(
            kb, articles, perArticle, n -> err.println("bench-server: " + n + " committed"));
        err.printf(Locale.ROOT, "bench-server: built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      } else {
        err.println("bench-server: reusing " + kb.documentCount() + " articles in " + dir);
      }
      long docs = kb.documentCount();
      long ents = kb.entityCount();
      long mentions = kb.mentionCount();
      try (DossierServer server = DossierServer.create(engine, cfg -> cfg.port = 0)) {
        Random random = new Random(seed);
        List<EntityHead> pool = synthetic.pool();
        List<String> anyEntity = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          List<Entity> one = kb.entities(random.nextInt((int) ents), 1);
          anyEntity.add(one.get(0).id());
        }
        List<String> popular = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          popular.add(pool.get(random.nextInt(50)).id());
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          EntityHead e = pool.get(random.nextInt(Math.min(pool.size(), 2_000)));
          String q =
              switch (i % 4) {
                case 0 -> e.name();
                case 1 -> respell(e.name(), random);
                case 2 ->
                    e.name().contains(" ")
                        ? e.name().substring(e.name().indexOf(' ') + 1)
                        : e.name();
                default -> "ceasefire talks " + e.name().split(" ")[0];
              };
          queries.add(q);
        }
        HttpClient http = HttpClient.newHttpClient();
        String base = server.url();
        err.println("bench-server: warming up…");
        for (int i = 0; i < Math.min(requests, 300); i++) {
          time(http, base + "/?q=" + enc(queries.get(i)));
          time(http, base + "/entities/" + enc(anyEntity.get(i)));
        }
        out.println(
            "### Web application latency ("
                + docs
                + " articles, "
                + ents
                + " entities, "
                + mentions
                + " mentions; sequential requests on loopback)");
        out.println();
        out.println("| request | n | p50 ms | p95 ms | p99 ms | max ms |");
        out.println("|---|---:|---:|---:|---:|---:|");
        row(out, "search page `/?q=`", measure(http, base + "/?q=", queries));
        row(out, "`/api/search?q=`", measure(http, base + "/api/search?q=", queries));
        row(out, "entity page, random entity", measure(http, base + "/entities/", anyEntity));
        row(out, "entity page, 50 most named", measure(http, base + "/entities/", popular));
        row(
            out,
            "`/api/entities/{id}`, random entity",
            measure(http, base + "/api/entities/", anyEntity));
        out.println();
        out.println(
            "The 50 most named entities appear in "
                + popular.stream().distinct().count()
                + " distinct pages here; the most named one is in "
                + kb.entity(pool.get(0).id()).map(e -> e.documents().size()).orElse(0)
                + " documents.");
      }
    }
    return 0;
  }

  private static double[] measure(HttpClient http, String prefix, List<String> suffixes)
      throws IOException, InterruptedException {
    double[] ms = new double[suffixes.size()];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = time(http, prefix + enc(suffixes.get(i)));
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double time(HttpClient http, String url) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    double ms = (System.nanoTime() - t0) / 1e6;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    return ms;
  }

  private static void row(PrintWriter out, String label, double[] sorted) {
    out.printf(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
        label,
        sorted.length,
        pct(sorted, 0.50),
        pct(sorted, 0.95),
        pct(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  private static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Another spelling: one vowel changed, as transliterations differ. */
  private static String respell(String name, Random random) {
    char[] c = name.toCharArray();
    for (int tries = 0; tries < 20; tries++) {
      int i = random.nextInt(c.length);
      if ("aeiou".indexOf(c[i]) >= 0) {
        c[i] = "aeiou".charAt(random.nextInt(5));
        return new String(c);
      }
    }
    return name;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
