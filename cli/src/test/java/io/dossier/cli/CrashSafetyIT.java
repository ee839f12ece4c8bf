// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL halfway through and runs it again: no article lost, none
 * duplicated, every span verifies, and the search index was caught up with the database.
 *
 * <p>The child processes run {@code io.dossier.cli.Main} on this JVM's class path, exactly what the
 * {@code ./dossier} launcher execs, but without the launcher's rebuild check (other work in the
 * checkout could otherwise trigger a build in the middle of the test).
 */
class CrashSafetyIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 200;
  private static final String[] PLACES = {
    "Marsa", "Qubba", "Tirsa", "Velgrad", "Sabha", "Zintan", "Port Amsel", "Misrata"
  };
  private static final String[] ACTORS = {
    "Idris Haddar", "Farouk al-Sarraji", "Salem Gaddoumi", "Ahmed Mesmari", "Mahmoud al-Warfelli"
  };

  @TempDir Path tmp;

  /** A made-up word unique to article {@code n}, so a search finds exactly that article. */
  static String codeword(int n) {
    StringBuilder s = new StringBuilder("zq");
    for (int i = n; ; i /= 26) {
      s.append((char) ('a' + i % 26));
      if (i < 26) {
        break;
      }
    }
    return s.append("vex").toString();
  }

  private Path writeCorpus() throws IOException {
    Path corpus = tmp.resolve("corpus.jsonl");
    try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (int n = 0; n < ARTICLES; n++) {
        String place = PLACES[n % PLACES.length];
        String actor = ACTORS[n % ACTORS.length];
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "crash-" + n);
        record.put("title", "Report " + n + " from " + place);
        record.put("published", "2018-04-" + String.format(Locale.ROOT, "%02d", 1 + n % 28));
        record.put(
            "text",
            "Forces loyal to "
                + actor
                + " shelled positions near "
                + place
                + " on Tuesday, residents said, in what local officials called operation "
                + codeword(n)
                + ".\n\nA spokesman for the Velgrad Shield Force said "
                + (n + 3)
                + " fighters had been wounded and that "
                + (2 * n + 5)
                + " families had fled towards the coast overnight.\n\n"
                + "The United Nations mission urged both sides to respect the ceasefire agreed in"
                + " Port Amsel and to open a corridor for aid convoys to "
                + place
                + ".");
        w.write(JSON.writeValueAsString(record));
        w.write('\n');
      }
    }
    return corpus;
  }

  private static ProcessBuilder dossier(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.dossier.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static long committedDocuments(Path sqlite) {
    if (!Files.exists(sqlite)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      // not created yet, or busy: ask again
      return 0;
    }
  }

  @Test
  void aKilledIngestResumesWithoutLossOrDuplicatesAndTheIndexCatchesUp() throws Exception {
    Path corpus = writeCorpus();
    Path store = tmp.resolve("kb");
    Path sqlite = store.resolve("dossier.sqlite");

    // 1. start, wait for some commits, kill -9
    Process first =
        dossier("ingest", corpus.toString(), "--store", store.toString(), "--threads", "2")
            .redirectOutput(tmp.resolve("first.out").toFile())
            .redirectError(tmp.resolve("first.err").toFile())
            .start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
    while (first.isAlive() && committed < 20 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      committed = committedDocuments(sqlite);
    }
    assertThat(first.isAlive())
        .as("the first run is still going after %d commits", committed)
        .isTrue();
    assertThat(committed).isGreaterThanOrEqualTo(20).isLessThan(ARTICLES);
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isEqualTo(137);

    // 2. the same ingest again, to completion
    Process second =
        dossier("ingest", corpus.toString(), "--store", store.toString(), "--threads", "2")
            .redirectOutput(tmp.resolve("second.out").toFile())
            .redirectError(tmp.resolve("second.err").toFile())
            .start();
    assertThat(second.waitFor(240, TimeUnit.SECONDS)).as("second run finished").isTrue();
    String secondOut = Files.readString(tmp.resolve("second.out"));
    String secondErr = Files.readString(tmp.resolve("second.err"));
    assertThat(second.exitValue()).as(secondErr).isZero();
    Matcher summary =
        Pattern.compile("ingested (\\d+), duplicates skipped (\\d+), failed 0").matcher(secondOut);
    assertThat(summary.find()).as(secondOut).isTrue();
    int ingested = Integer.parseInt(summary.group(1));
    int skipped = Integer.parseInt(summary.group(2));
    assertThat(ingested + skipped).isEqualTo(ARTICLES);
    assertThat(skipped).as("what the killed run committed is kept").isGreaterThanOrEqualTo(20);

    // 3. export: every article exactly once, every span verifies
    Path out = tmp.resolve("out");
    CliRun export =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "jsonl", "--out", out.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    Map<String, String> texts = new HashMap<>();
    Set<String> sources = new HashSet<>();
    List<JsonNode> documents = lines(out.resolve("documents.jsonl"));
    for (JsonNode d : documents) {
      assertThat(texts.put(d.get("id").asText(), d.get("text").asText()))
          .as("duplicate id %s", d.get("id"))
          .isNull();
      sources.add(d.get("title").asText());
    }
    assertThat(documents).hasSize(ARTICLES);
    assertThat(sources).hasSize(ARTICLES);
    for (int n = 0; n < ARTICLES; n++) {
      int article = n;
      assertThat(texts.values()).anyMatch(t -> t.contains(codeword(article)));
    }
    for (JsonNode m : lines(out.resolve("mentions.jsonl"))) {
      String text = texts.get(m.get("document").asText());
      assertThat(text).as("document of %s", m).isNotNull();
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }

    // 4. the search index holds the articles of both runs
    assertSearchFinds(store, List.of(0, (int) committed - 1, (int) committed, ARTICLES - 1));
  }

  private void assertSearchFinds(Path store, List<Integer> articles) throws Exception {
    Process serve =
        dossier("serve", "--store", store.toString(), "--port", "0")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      StringBuilder seen = new StringBuilder();
      for (String line; url == null && (line = out.readLine()) != null; ) {
        seen.append(line).append('\n');
        Matcher m = Pattern.compile("serving (http://\\S+)").matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertThat(url).as("serve printed its URL: %s", seen).isNotNull();
      HttpClient http = HttpClient.newHttpClient();
      String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      for (int n : articles) {
        HttpResponse<String> found =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "/api/search?q="
                                + URLEncoder.encode(codeword(n), StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode hits = JSON.readTree(found.body()).get("documents");
        assertThat(hits).as("search for article %d: %s", n, found.body()).hasSize(1);
        assertThat(hits.get(0).get("title").asText()).startsWith("Report " + n + " from ");
      }
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
