// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.boilerplate.Cleaned;
import io.dossier.ingest.date.PublicationDates;
import io.dossier.ingest.html.HtmlExtractor;
import io.dossier.ingest.internal.ArticleDraft;
import io.dossier.ingest.internal.BoundedLineReader;
import io.dossier.ingest.internal.Loaded;
import io.dossier.ingest.internal.PlainText;
import io.dossier.ingest.internal.TextFiles;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines ({@code .jsonl}): one article per line, {@code {"id"?, "url"?, "outlet"?,
 * "title"?, "published"?, "language"?, "text" | "html"}}. A {@code text} body is split into
 * paragraphs at blank lines and cleaned of boilerplate; an {@code html} body goes through {@link
 * HtmlExtractor}, and the record's fields override what the page says. The file is streamed; a bad
 * line (not UTF-8, not a JSON object, no body, longer than {@value #MAX_LINE_BYTES} bytes) becomes
 * an issue at {@code line N} and the next line is read. Blank lines are skipped.
 */
public final class JsonlArticleReader implements ArticleReader {
  /** The longest line (one record) read, in bytes. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** A file whose first this many records are all bad is not JSON Lines: stop reporting lines. */
  static final int GIVE_UP_AFTER = 100;

  private static final int BINARY_PROBE_BYTES = 8192;
  private static final int MAX_ECHO_VALUE = 40;
  private static final int MAX_ECHO_ERROR = 160;
  private static final List<String> STRING_FIELDS =
      List.of("url", "outlet", "title", "published", "language", "text", "html");

  private final BoilerplateDetector detector;
  private final HtmlExtractor extractor;
  private final int maxLineBytes;
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** A reader with the standard boilerplate rules. */
  public JsonlArticleReader() {
    this(BoilerplateDetector.standard(), MAX_LINE_BYTES);
  }

  JsonlArticleReader(BoilerplateDetector detector, int maxLineBytes) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.extractor = new HtmlExtractor(detector);
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("jsonl");
  }

  /** What one line gave. */
  private enum Outcome {
    BLANK,
    ARTICLE,
    ISSUE
  }

  @Override
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    String source = file.toString();
    long records = 0;
    long articles = 0;
    long lineNumber = 0;
    try (InputStream in = Files.newInputStream(file);
        BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes)) {
      if (looksBinary(file)) {
        sink.issue(
            new IngestIssue(
                source, null, Kind.MALFORMED, "binary data (NUL bytes), not a JSON Lines file"));
        return;
      }
      BoundedLineReader.Line line;
      while ((line = lines.next()) != null) {
        lineNumber = line.number();
        Outcome outcome = readLine(file, line, defaults, sink);
        if (outcome == Outcome.BLANK) {
          continue;
        }
        records++;
        if (outcome == Outcome.ARTICLE) {
          articles++;
        } else if (articles == 0 && records >= GIVE_UP_AFTER) {
          sink.issue(
              new IngestIssue(
                  source,
                  null,
                  Kind.MALFORMED,
                  "gave up after "
                      + records
                      + " lines without a valid record; is this a JSON Lines file?"));
          return;
        }
      }
    } catch (NoSuchFileException e) {
      sink.issue(new IngestIssue(source, null, Kind.UNREADABLE, "no such file; check the path"));
      return;
    } catch (IOException e) {
      sink.issue(
          new IngestIssue(
              source,
              lineNumber == 0 ? null : "line " + (lineNumber + 1),
              Kind.UNREADABLE,
              "cannot read the file: " + TextFiles.describe(e)));
      return;
    }
    if (records == 0) {
      sink.issue(
          new IngestIssue(
              source, null, Kind.EMPTY, "no records: the file is empty or has only blank lines"));
    }
  }

  private Outcome readLine(
      Path file, BoundedLineReader.Line line, IngestDefaults defaults, ArticleSink sink) {
    String source = file.toString();
    String location = "line " + line.number();
    byte[] bytes = line.bytes();
    if (bytes == null) {
      sink.issue(
          new IngestIssue(
              source,
              location,
              Kind.TOO_LARGE,
              "the record is "
                  + line.length()
                  + " bytes and the limit is "
                  + maxLineBytes
                  + " bytes per line; split the article or shorten its body"));
      return Outcome.ISSUE;
    }
    Loaded decoded = TextFiles.decodeUtf8(bytes);
    if (decoded instanceof Loaded.Problem problem) {
      sink.issue(problem.toIssue(source, location));
      return Outcome.ISSUE;
    }
    String json = ((Loaded.Text) decoded).text();
    if (json.isBlank()) {
      return Outcome.BLANK;
    }
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      sink.issue(new IngestIssue(source, location, Kind.MALFORMED, jsonError(e)));
      return Outcome.ISSUE;
    }
    String problem = checkRecord(node);
    if (problem != null) {
      sink.issue(new IngestIssue(source, location, Kind.MALFORMED, problem));
      return Outcome.ISSUE;
    }
    Optional<LocalDate> published = Optional.empty();
    String publishedValue = text(node, "published");
    if (publishedValue != null) {
      published = PublicationDates.parseIso(publishedValue);
      if (published.isEmpty()) {
        sink.issue(
            new IngestIssue(
                source,
                location,
                Kind.MALFORMED,
                "field \"published\" is not an ISO date or date-time: \""
                    + echo(publishedValue, MAX_ECHO_VALUE)
                    + "\"; write it as YYYY-MM-DD"));
        return Outcome.ISSUE;
      }
    }

    String url = text(node, "url");
    String recordSource = url != null ? url : source + "#" + line.number();
    String html = text(node, "html");
    String body = text(node, "text");
    ArticleDraft draft =
        html != null
            ? HtmlArticleReader.draft(recordSource, extractor.extract(html))
            : new ArticleDraft(recordSource);
    if (body != null) {
      Cleaned cleaned = detector.clean(PlainText.paragraphs(PlainText.lines(body)));
      draft.body(cleaned.kept(), cleaned.removedTexts());
    }
    draft.givenId(id(node));
    if (url != null) {
      draft.url(url);
    }
    if (text(node, "outlet") != null) {
      draft.outlet(text(node, "outlet"));
    }
    if (text(node, "title") != null) {
      draft.title(text(node, "title"));
    }
    if (published.isPresent()) {
      draft.published(published.get());
    }
    if (text(node, "language") != null) {
      draft.language(text(node, "language"));
    }
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isEmpty()) {
      sink.issue(new IngestIssue(source, location, Kind.EMPTY, Messages.noText(draft, false)));
      return Outcome.ISSUE;
    }
    sink.article(article.get());
    return Outcome.ARTICLE;
  }

  /** What is wrong with the record's shape, or null if nothing. */
  private static @Nullable String checkRecord(JsonNode node) {
    if (!node.isObject()) {
      return "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
      return "field \"id\" must be a string";
    }
    for (String field : STRING_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        return "field \"" + field + "\" must be a string";
      }
    }
    if (text(node, "text") == null && text(node, "html") == null) {
      return "the record has neither \"text\" nor \"html\"; put the article body in one of them";
    }
    return null;
  }

  private static @Nullable String id(JsonNode node) {
    JsonNode id = node.get("id");
    return id == null || id.isNull() ? null : id.asText();
  }

  /** The field's string value; null when absent, null or blank. */
  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String jsonError(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String first =
        message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    String where =
        e.getLocation() == null || e.getLocation().getColumnNr() < 1
            ? ""
            : " at column " + e.getLocation().getColumnNr();
    return "invalid JSON" + where + ": " + echo(first, MAX_ECHO_ERROR);
  }

  private static String echo(String value, int max) {
    String oneLine = value.replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  /** Whether the start of the file has a NUL byte, which no UTF-8 JSON text has. */
  private static boolean looksBinary(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(BINARY_PROBE_BYTES);
      for (byte b : head) {
        if (b == 0) {
          return true;
        }
      }
      return false;
    }
  }
}
