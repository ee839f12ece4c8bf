// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of hostile and broken files, written by the test, ingested in one run together with good
 * articles: the run goes on, every good article is stored, every bad file is named with a one-line
 * reason, no stack trace reaches the user, and the store stays consistent.
 */
class HostileInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Whether the file system ignores permissions for us (root can read a mode-000 file). */
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @TempDir static Path work;
  private static Path in;
  private static Path store;
  private static Path out;
  private static CliRun ingest;
  private static Map<String, JsonNode> documentsByTitle;
  private static List<JsonNode> documents;

  private static String article(String place, String actor, int n) {
    return "Fighting near "
        + place
        + " displaces families, number "
        + n
        + "\n\n"
        + place.toUpperCase(java.util.Locale.ROOT)
        + ", March 3, 2018 — Forces loyal to "
        + actor
        + " shelled the outskirts of "
        + place
        + " on Saturday, residents said, forcing hundreds of families to flee towards the coast.\n\n"
        + "A spokesman for the Velgrad Shield Force said "
        + (n * 7)
        + " people had been wounded and that the hospital in "
        + place
        + " was running out of supplies.\n";
  }

  @BeforeAll
  static void ingestTheNastyCorpus() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    store = work.resolve("kb");
    out = work.resolve("out");

    // good articles
    Files.writeString(in.resolve("good-plain.txt"), article("Marsa", "Idris Haddar", 1));
    Files.write(
        in.resolve("good-utf16.txt"),
        ("\uFEFF" + article("Qubba", "Salem Gaddoumi", 2)).getBytes(StandardCharsets.UTF_16BE));
    Files.writeString(
        in.resolve("hostile.html"),
        "<html><head><title>Curfew declared in Tirsa</title>"
            + "<script>alert('pwned')</script></head>"
            + "<body onload=\"alert(1)\"><article><h1>Curfew declared in Tirsa</h1>"
            + "<p onclick=\"steal()\">The mayor of Tirsa declared a night curfew on Monday after"
            + " two days of clashes between rival units of the Karesh National Army.</p>"
            + "<script>document.write('<iframe src=evil>')</script>"
            + "<p>Residents were told to stay indoors from eight in the evening,"
            + " <a href=\"javascript:alert(2)\">officials said</a>, and checkpoints were set up"
            + " on the coastal road.</p><img src=x onerror=\"alert(3)\">"
            + "<style>p{color:red}</style><noscript><p>enable javascript</p></noscript>"
            + "</article></body></html>");

    // empty, blank, binary, invalid UTF-8
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "   \n\t\n   \r\n\n");
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    Files.write(in.resolve("junk.txt"), junk);
    ByteArrayOutputStream badUtf8 = new ByteArrayOutputStream();
    byte[] good = article("Sabha", "Farouk al-Sarraji", 3).getBytes(StandardCharsets.UTF_8);
    badUtf8.write(good, 0, good.length / 2);
    badUtf8.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
    badUtf8.write(good, good.length / 2, good.length - good.length / 2);
    Files.write(in.resolve("bad-utf8.txt"), badUtf8.toByteArray());

    // JSON Lines: malformed lines among good ones, and lines of the wrong shape
    Files.writeString(
        in.resolve("mixed.jsonl"),
        String.join(
            "\n",
            JSON.writeValueAsString(
                Map.of("title", "Port reopens in Velgrad", "text", body("Velgrad port", 4))),
            "{not json at all",
            "{\"title\": \"truncated\", \"text\": \"the line ends in the mid",
            JSON.writeValueAsString(
                Map.of("title", "Ceasefire talks in Amsel", "text", body("Port Amsel", 5))),
            "[1, 2, 3]",
            "42",
            "{\"title\": \"Numbers are not text\", \"text\": 42}",
            "null",
            ""));

    // too large for one article
    writeHugeText(in.resolve("huge.txt"), 20L * 1024 * 1024);

    // deeply nested HTML
    StringBuilder nested = new StringBuilder("<html><body>");
    nested.append("<div>".repeat(100_000));
    nested.append(
        "<p>Deep inside the page a paragraph says that the bridge at Tirsa was shelled.</p>");
    nested.append("</div>".repeat(100_000));
    nested.append("</body></html>");
    Files.writeString(in.resolve("nested.html"), nested);

    // gzip: a text file and a bomb
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("x.txt.gz")))) {
      gz.write(article("Zintan", "Idris Haddar", 6).getBytes(StandardCharsets.UTF_8));
    }
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.jsonl.gz")), 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        gz.write(zeros);
      }
    }

    // a folder symlink loop
    Path loop = Files.createDirectories(in.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), in);
    Files.createSymbolicLink(loop.resolve("self"), loop);

    // no read permission
    Path locked = in.resolve("locked.txt");
    Files.writeString(locked, article("Misrata", "Idris Haddar", 7));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    ingest = CliRun.of("ingest", in.toString(), "--store", store.toString(), "--threads", "2");
    CliRun export =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "jsonl", "--out", out.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    documents = lines(out.resolve("documents.jsonl"));
    documentsByTitle = new HashMap<>();
    for (JsonNode d : documents) {
      documentsByTitle.put(d.get("title").asText(), d);
    }
  }

  private static String body(String place, int n) {
    String a = article(place, "Idris Haddar", n);
    return a.substring(a.indexOf("\n\n") + 2);
  }

  /** Valid, repetitive prose of about {@code bytes} bytes. */
  private static void writeHugeText(Path file, long bytes) throws IOException {
    String paragraph =
        "The convoy moved slowly along the coastal road while residents watched from their"
            + " balconies and the sound of artillery rolled in from the hills to the south.\n\n";
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("A very long report\n\n");
      for (long written = 0; written < bytes; written += paragraph.length()) {
        w.write(paragraph);
      }
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

  /** The {@code failed:} lines of the ingest that name {@code file}. */
  private static List<String> failuresFor(String file) {
    return ingest
        .err()
        .lines()
        .filter(l -> l.startsWith("failed: ") && l.contains(in.resolve(file).toString()))
        .toList();
  }

  @Test
  void theRunGoesOnAndExitsWithOneWithoutStackTraces() {
    assertThat(ingest.exit()).as(ingest.err()).isEqualTo(1);
    assertThat(ingest.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(ingest.err()).doesNotContain("Error:").doesNotContain("StackOverflow");
    // every line on stderr is a one-line failure report
    assertThat(ingest.err().lines().filter(l -> !l.isBlank()))
        .allSatisfy(l -> assertThat(l).startsWith("failed: "));
    assertThat(ingest.out()).containsPattern("ingested \\d+, duplicates skipped \\d+, failed \\d+");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "empty.txt",
        "blank.txt",
        "junk.txt",
        "bad-utf8.txt",
        "huge.txt",
        "x.txt.gz",
        "bomb.jsonl.gz"
      })
  void eachBadFileIsNamedOnceWithAOneLineReason(String file) {
    List<String> failures = failuresFor(file);
    assertThat(failures).as(ingest.err()).hasSize(1);
    String reason = failures.get(0).substring(failures.get(0).indexOf(file) + file.length());
    assertThat(reason).startsWith(": ").hasSizeGreaterThan(10);
  }

  @Test
  void reasonsSayWhatIsWrong() {
    assertThat(failuresFor("empty.txt").get(0)).contains("empty");
    assertThat(failuresFor("blank.txt").get(0)).contains("whitespace");
    assertThat(failuresFor("junk.txt").get(0)).contains("binary");
    assertThat(failuresFor("bad-utf8.txt").get(0)).contains("invalid UTF-8");
    assertThat(failuresFor("huge.txt").get(0)).contains("limit");
    assertThat(failuresFor("x.txt.gz").get(0)).contains("unsupported");
  }

  @Test
  void malformedJsonLinesAreNamedByLineAndTheGoodOnesAreIngested() {
    List<String> failures = failuresFor("mixed.jsonl");
    assertThat(failures).as(ingest.err()).hasSize(6);
    for (int line : new int[] {2, 3, 5, 6, 7, 8}) {
      assertThat(failures).anySatisfy(f -> assertThat(f).contains("mixed.jsonl:line " + line));
    }
    assertThat(documentsByTitle)
        .containsKeys("Port reopens in Velgrad", "Ceasefire talks in Amsel");
  }

  @Test
  void goodArticlesAreIngestedIncludingUtf16WithAByteOrderMark() {
    assertThat(documentsByTitle.keySet())
        .contains(
            "Fighting near Marsa displaces families, number 1",
            "Fighting near Qubba displaces families, number 2",
            "Curfew declared in Tirsa");
    JsonNode utf16 = documentsByTitle.get("Fighting near Qubba displaces families, number 2");
    assertThat(utf16.get("text").asText()).contains("Salem Gaddoumi");
  }

  @Test
  void storedTextHasNoExecutableMarkup() {
    String text = documentsByTitle.get("Curfew declared in Tirsa").get("text").asText();
    assertThat(text).contains("night curfew").contains("officials said");
    assertThat(text.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<")
        .doesNotContain("script")
        .doesNotContain("alert")
        .doesNotContain("javascript:")
        .doesNotContain("onclick")
        .doesNotContain("onerror")
        .doesNotContain("color:red");
    for (JsonNode d : documents) {
      assertThat(d.get("text").asText()).doesNotContain("<script").doesNotContain("javascript:");
    }
  }

  @Test
  void deeplyNestedHtmlIsReadOrRefusedButNeverCrashes() {
    boolean stored =
        documents.stream().anyMatch(d -> d.get("source").asText().endsWith("nested.html"));
    assertThat(stored || failuresFor("nested.html").size() == 1).as(ingest.err()).isTrue();
  }

  @Test
  void aFolderSymlinkLoopIsNotFollowed() {
    // the run finished (we got here); nothing under loop/ was read twice or reported
    assertThat(ingest.err()).doesNotContain("loop" + java.io.File.separator);
    assertThat(documents.stream().map(d -> d.get("source").asText()))
        .noneMatch(s -> s.contains("loop"));
  }

  @Test
  void aFileWithoutReadPermissionIsNamed() {
    assumeFalse(ROOT, "root reads files without read permission");
    assertThat(failuresFor("locked.txt")).hasSize(1);
    assertThat(failuresFor("locked.txt").get(0)).contains("cannot read");
  }

  @Test
  void everyExportedSpanVerifies() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode d : documents) {
      texts.put(d.get("id").asText(), d.get("text").asText());
    }
    List<JsonNode> mentions = lines(out.resolve("mentions.jsonl"));
    assertThat(mentions).isNotEmpty();
    for (JsonNode m : mentions) {
      String text = texts.get(m.get("document").asText());
      assertThat(text).as("document of %s", m).isNotNull();
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
  }

  @Test
  void aSecondRunIsANoOp() throws IOException {
    CliRun again = CliRun.of("ingest", in.toString(), "--store", store.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.out()).containsPattern("ingested 0, duplicates skipped [1-9]\\d*, failed");
    assertThat(again.err()).doesNotContain("Exception").doesNotContain("\tat ");
    Path out2 = work.resolve("out2");
    assertThat(
            CliRun.of(
                    "export",
                    "--store",
                    store.toString(),
                    "--format",
                    "jsonl",
                    "--out",
                    out2.toString())
                .exit())
        .isZero();
    assertThat(Files.readString(out2.resolve("documents.jsonl")))
        .isEqualTo(Files.readString(out.resolve("documents.jsonl")));
    assertThat(Files.readString(out2.resolve("mentions.jsonl")))
        .isEqualTo(Files.readString(out.resolve("mentions.jsonl")));
  }

  /**
   * The refused inputs are read with bounded memory: a real process with a small heap (no NLP
   * models are needed, since no article is accepted) names them and exits with 1.
   */
  @Test
  void hugeAndBombInputsStayWithinASmallHeap() throws Exception {
    Path tmp = Files.createDirectories(work.resolve("small-heap"));
    Path outFile = tmp.resolve("stdout");
    Path errFile = tmp.resolve("stderr");
    // Main on this JVM's class path, as the launcher runs it (without its rebuild check)
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.dossier.cli.Main",
                "ingest",
                in.resolve("huge.txt").toString(),
                in.resolve("bomb.jsonl.gz").toString(),
                in.resolve("junk.txt").toString(),
                "--store",
                tmp.resolve("kb").toString())
            .directory(tmp.toFile())
            .redirectOutput(outFile.toFile())
            .redirectError(errFile.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("huge.txt")
        .contains("bomb.jsonl.gz")
        .contains("junk.txt")
        .doesNotContain("OutOfMemory")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(Files.readString(outFile)).contains("ingested 0").contains("failed 3");
  }
}
