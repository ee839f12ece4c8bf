// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.dossier.model.Article;
import io.dossier.model.Ids;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import io.dossier.model.PublishedBasis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ArticleReader} must do, whatever its format. Each format's test extends this
 * class and says how to write an article in its format.
 */
abstract class ArticleReaderContract {
  static final String TITLE = "Ceasefire talks resume in the harbour town";

  /** An invented article with boilerplate mixed in; no date with a year anywhere. */
  static final List<String> PARAGRAPHS =
      List.of(
          "Negotiators from both sides returned to the table on Tuesday, officials said, after a"
              + " week of shelling around the harbour.",
          "Advertisement",
          "The mediator, a former diplomat, told reporters that both delegations had agreed to"
              + " discuss a prisoner exchange and the reopening of the coastal road.",
          "Share this:",
          "Facebook",
          "Twitter",
          "Residents said the shelling had stopped overnight, but many families remained in"
              + " shelters near the old market last month and again on Sunday.",
          "Related articles",
          "Aid convoy reaches northern villages",
          "Dock workers return after two-month strike",
          "Leave a Reply");

  static final List<String> ARTICLE_TEXT =
      List.of(PARAGRAPHS.get(0), PARAGRAPHS.get(2), PARAGRAPHS.get(6));

  @TempDir Path dir;

  /** The reader under test. */
  abstract ArticleReader reader();

  /** The file extension to write inputs with, without the dot. */
  abstract String extension();

  /** One article with {@code title} and {@code paragraphs}, written in the reader's format. */
  abstract String render(String title, List<String> paragraphs);

  Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name + "." + extension());
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  CollectingSink read(Path file) {
    return read(file, IngestDefaults.NONE);
  }

  CollectingSink read(Path file, IngestDefaults defaults) {
    CollectingSink sink = new CollectingSink();
    reader().read(file, defaults, sink);
    return sink;
  }

  @Test
  void extensionsAreLowerCaseWithoutDot() {
    assertThat(reader().extensions())
        .contains(extension())
        .allSatisfy(e -> assertThat(e).isLowerCase().doesNotStartWith("."));
  }

  @Test
  void emptyFileGivesEmptyIssueAndNoArticle() throws IOException {
    CollectingSink sink = read(write("empty", new byte[0]));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.issues).extracting(IngestIssue::kind).containsExactly(Kind.EMPTY);
  }

  @Test
  void whitespaceOnlyFileGivesEmptyIssue() throws IOException {
    CollectingSink sink = read(write("blank", " \n\n\t \r\n"));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.issues).extracting(IngestIssue::kind).containsExactly(Kind.EMPTY);
  }

  @Test
  void binaryJunkGivesMalformedIssue() throws IOException {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    junk[10] = 0;

    CollectingSink sink = read(write("junk", junk));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.issues).isNotEmpty().allMatch(i -> i.kind() == Kind.MALFORMED);
  }

  @Test
  void invalidUtf8GivesMalformedIssue() throws IOException {
    byte[] good = render(TITLE, PARAGRAPHS).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    int cut = new String(good, StandardCharsets.UTF_8).indexOf("mediator") + 4;
    bad.write(good, 0, cut);
    bad.write(new byte[] {(byte) 0xC3, (byte) 0x28}, 0, 2);
    bad.write(good, cut, good.length - cut);

    CollectingSink sink = read(write("latin", bad.toByteArray()));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.issues).extracting(IngestIssue::kind).containsExactly(Kind.MALFORMED);
    assertThat(sink.issues.get(0).message()).contains("UTF-8");
  }

  @Test
  void missingFileGivesUnreadableIssue() {
    CollectingSink sink = read(dir.resolve("nowhere." + extension()));

    assertThat(sink.singleIssue().kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(sink.singleIssue().source()).endsWith("nowhere." + extension());
  }

  @Test
  void normalFileGivesOneArticleWithBoilerplateRemoved() throws IOException {
    Article article = read(write("talks", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
    assertThat(article.removed())
        .contains("Advertisement", "Leave a Reply")
        .anySatisfy(block -> assertThat(block).contains("Share this:"))
        .anySatisfy(block -> assertThat(block).startsWith("Related articles"));
    assertThat(article.removed())
        .allSatisfy(block -> assertThat(article.text()).doesNotContain(block));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.duplicateOf()).isNull();
  }

  @Test
  void titleIsNotPartOfText() throws IOException {
    Article article = read(write("talks", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.text()).doesNotContain(TITLE);
  }

  @Test
  void contentHashIsTheSha256OfTheText() throws IOException {
    Article article = read(write("talks", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.contentHash()).isEqualTo(Ids.sha256(article.text()));
  }

  @Test
  void sameContentTwiceGivesSameId() throws IOException {
    String content = render(TITLE, PARAGRAPHS);
    Article first = read(write("a/talks", content)).single();
    Article second = read(write("b/copy", content)).single();

    assertThat(second.id())
        .isEqualTo(first.id())
        .isEqualTo(Ids.documentFromContent(first.contentHash()));
    assertThat(second.source()).isNotEqualTo(first.source());
  }

  @Test
  void textIsNormalized() throws IOException {
    String messy =
        "Officials  said\tthe cafe\u0301 near the\u00A0port had reopened,\u0007 and traders returned.";

    Article article =
        read(write("messy", render(TITLE, List.of(messy, PARAGRAPHS.get(0))))).single();

    String first = article.text().split("\n\n")[0];
    assertThat(first)
        .isEqualTo("Officials said the café near the port had reopened, and traders returned.");
    assertThat(Normalizer.isNormalized(article.text(), Normalizer.Form.NFC)).isTrue();
    assertThat(article.text()).doesNotContain("\n\n\n", "  ", "\t", "\u0007").doesNotStartWith(" ");
  }

  @Test
  void undatedArticleStaysUnknown() throws IOException {
    Article article = read(write("talks", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.published()).isNull();
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.UNKNOWN);
  }

  @Test
  void explicitDateInTextIsInferred() throws IOException {
    List<String> dated =
        List.of(
            "HARBOUR TOWN, July 24, 2017 (Example Wire) — " + PARAGRAPHS.get(0), PARAGRAPHS.get(2));

    Article article = read(write("dated", render(TITLE, dated))).single();

    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.INFERRED);
  }

  @Test
  void defaultsApplyWhenInputHasNone() throws IOException {
    IngestDefaults defaults = new IngestDefaults("Example Wire", LocalDate.of(2017, 7, 24));

    Article article = read(write("talks", render(TITLE, PARAGRAPHS)), defaults).single();

    assertThat(article.outlet()).isEqualTo("Example Wire");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
  }

  @Test
  void onlyBoilerplateGivesEmptyIssue() throws IOException {
    List<String> boilerplate = List.of("Advertisement", "Share this:", "Twitter", "Leave a Reply");

    CollectingSink sink = read(write("chrome", render(TITLE, boilerplate)));

    assertThat(sink.articles).isEmpty();
    assertThat(sink.issues).extracting(IngestIssue::kind).containsExactly(Kind.EMPTY);
    assertThat(sink.issues.get(0).message()).contains("boilerplate");
  }

  static Stream<Arguments> nastyInputs() {
    byte[] utf16 = "\uFEFF<p>Hello there</p>".getBytes(StandardCharsets.UTF_16LE);
    return Stream.of(
        Arguments.of("byte-order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        Arguments.of("carriage return only", "\r".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("one huge line", "a".repeat(2_000_000).getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "deeply nested markup",
            ("<div>".repeat(20_000) + "Deep text, with a comma.").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("deeply nested JSON", "[".repeat(5_000).getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "control characters",
            "\u0001\u0002\u0003\u0004".repeat(100).getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "truncated multi-byte character", new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}),
        Arguments.of(
            "zero-width spaces only", "\u200B\u200B\n\u200B".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("one stray control character", "\u0001".getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "encoded lone surrogate", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("UTF-16 with byte-order mark", utf16),
        Arguments.of(
            "script only",
            "<script>alert(1)</script><img src=x onerror=alert(2)>"
                .getBytes(StandardCharsets.UTF_8)),
        Arguments.of(
            "JSON with an empty body", "{\"text\": \"  \"}".getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyInputs")
  void nastyInputNeverThrowsAndAlwaysReports(String name, byte[] content) throws IOException {
    Path file = write("nasty", content);
    CollectingSink sink = new CollectingSink();

    assertThatCode(() -> reader().read(file, IngestDefaults.NONE, sink)).doesNotThrowAnyException();

    assertThat(sink.articles.size() + sink.issues.size()).isPositive();
    assertThat(sink.issues)
        .allSatisfy(i -> assertThat(i.message()).isNotBlank().doesNotContain("\n"));
    assertThat(sink.articles)
        .allSatisfy(
            a -> {
              assertThat(a.text()).isNotBlank().doesNotContain("\n\n\n");
              assertThat(a.contentHash()).isEqualTo(Ids.sha256(a.text()));
            });
  }
}
