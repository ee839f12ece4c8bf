// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./dossier} launcher script: exit codes and one-line errors. (The build has
 * already packaged the command line, so the launcher starts without building.)
 */
class LauncherIT {
  private static final Path HOME =
      Path.of(System.getProperty("dossier.home", "..")).toAbsolutePath();

  @TempDir Path tmp;

  record Result(int exit, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(HOME.resolve("dossier").toString());
    command.addAll(List.of(args));
    Path outFile = tmp.resolve("stdout");
    Path errFile = tmp.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(outFile.toFile())
            .redirectError(errFile.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished in time").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(outFile, StandardCharsets.UTF_8),
        Files.readString(errFile, StandardCharsets.UTF_8));
  }

  @Test
  void noCommandIsAUsageError() throws Exception {
    Result r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("dossier: ").contains("hint:");
  }

  @Test
  void unknownOptionIsAUsageError() throws Exception {
    Result r = run("ingest", "--no-such-option", "x", "--store", "kb");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void exportFromMissingStoreIsAConfigurationErrorOnOneLine() throws Exception {
    Result r =
        run("export", "--store", tmp.resolve("nope").toString(), "--format", "jsonl", "--out", "o");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("dossier:")).count()).isEqualTo(1);
    assertThat(r.err()).contains("no Dossier knowledge base").doesNotContain("Exception");
  }

  @Test
  void brokenInputsAreNamedAndTheRunGoesOnWithExitCodeOne() throws Exception {
    Path inputs = Files.createDirectories(tmp.resolve("in"));
    Files.write(inputs.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7});
    Files.writeString(inputs.resolve("notes.docx"), "not a supported format");
    Files.writeString(inputs.resolve("bad.jsonl"), "{not json\n");
    Result r = run("ingest", inputs.toString(), "--store", tmp.resolve("kb").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("junk.txt").contains("notes.docx").contains("bad.jsonl");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).contains("ingested 0").contains("failed 3");
  }

  @Test
  void serveAnswersOverHttpFromTheLauncherClasspath() throws Exception {
    Path store = tmp.resolve("kb");
    Path empty = Files.createDirectories(tmp.resolve("nothing"));
    assertThat(run("ingest", empty.toString(), "--store", store.toString()).exit()).isZero();
    Process serve =
        new ProcessBuilder(
                HOME.resolve("dossier").toString(),
                "serve",
                "--store",
                store.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try (java.io.BufferedReader out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      for (String line; url == null && (line = out.readLine()) != null; ) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("serving (http://\\S+)").matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertThat(url).as("serve printed its URL").isNotNull();
      java.net.http.HttpResponse<String> page =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("documents (0)");
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void versionPrints() throws Exception {
    Result r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("dossier ");
  }
}
