// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.warc;

import io.dossier.ingest.ArticleReader;
import io.dossier.ingest.ArticleSink;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.html.ExtractedPage;
import io.dossier.ingest.html.HtmlExtractor;
import io.dossier.ingest.internal.ArticleDraft;
import io.dossier.ingest.internal.Loaded;
import io.dossier.ingest.internal.TextFiles;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) record by record, streaming: the file is
 * never loaded whole. Each {@code response} record with HTTP status 200 and an HTML content type
 * ({@code text/html} or {@code application/xhtml+xml}) becomes an article through {@link
 * HtmlExtractor}, with the same rules as a {@code .html} file. Its {@code source} is the record's
 * {@code WARC-Target-URI}; its URL is the page's canonical URL, else the target URI. The {@code
 * WARC-Date} is the fetch date, not the publication date, and is never used as one: an undated page
 * stays undated unless its text gives a date.
 *
 * <p>The payload is decoded with the charset of the HTTP {@code Content-Type}, else the one the
 * page's {@code <meta>} declares, else UTF-8. All other records (request, metadata, warcinfo,
 * revisit, resource, non-HTML or non-200 responses) are skipped without an issue and counted in the
 * {@link WarcStats} that {@link #readWithStats} returns. A page that is empty, badly encoded or
 * over {@value TextFiles#MAX_FILE_BYTES} bytes gives one issue naming its offset and URI, and
 * reading goes on. A truncated or corrupt file gives one {@link Kind#MALFORMED} issue naming the
 * offset of the last good record; the articles before it are kept. Stateless and thread-safe.
 */
public final class WarcArticleReader implements ArticleReader {
  private static final int MAX_DETAIL = 160;

  private final HtmlExtractor extractor;
  private final long maxPageBytes;

  /** A reader with the standard boilerplate rules. */
  public WarcArticleReader() {
    this(new HtmlExtractor(BoilerplateDetector.standard()), TextFiles.MAX_FILE_BYTES);
  }

  /** A reader using {@code extractor}, refusing pages over {@code maxPageBytes}. */
  public WarcArticleReader(HtmlExtractor extractor, long maxPageBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("warc", "warc.gz");
  }

  @Override
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    readWithStats(file, defaults, sink);
  }

  /** Reads {@code file} like {@link #read} and says what it found. */
  public WarcStats readWithStats(Path file, IngestDefaults defaults, ArticleSink sink) {
    Counter count = new Counter(sink);
    String path = file.toString();
    Loaded.Problem precheck = precheck(file);
    if (precheck != null) {
      count.issue(precheck.toIssue(path, null));
      return count.stats();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      long lastGood = -1;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          count.issue(corrupt(path, lastGood, count.articles, e));
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        lastGood = reader.position();
        count.records++;
        try {
          record(path, lastGood, next.get(), defaults, count);
        } catch (IOException | RuntimeException e) {
          count.issue(corrupt(path, lastGood, count.articles, e));
          break;
        }
      }
    } catch (NoSuchFileException e) {
      count.issue(new IngestIssue(path, null, Kind.UNREADABLE, "no such file; check the path"));
    } catch (IOException | RuntimeException e) {
      count.issue(
          new IngestIssue(path, null, Kind.MALFORMED, "not a readable WARC file: " + detail(e)));
    }
    return count.stats();
  }

  private void record(
      String path, long offset, WarcRecord record, IngestDefaults defaults, Counter count)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      count.skipped++;
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      // Not an HTTP response (DNS, Gemini or a broken header): nothing to read as a page.
      count.skipped++;
      return;
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (http.status() != 200
        || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
      count.skipped++;
      return;
    }
    String uri = response.target();
    String location = "offset " + offset;
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
    }
    if (bytes.length > maxPageBytes) {
      count.issue(
          new IngestIssue(
              path,
              location,
              Kind.TOO_LARGE,
              "page " + uri + " is over " + maxPageBytes + " bytes; skipped"));
      return;
    }
    Loaded loaded = decode(bytes, type.parameters().get("charset"));
    if (loaded instanceof Loaded.Problem problem) {
      count.issue(
          new IngestIssue(
              path, location, problem.kind(), "page " + uri + ": " + problem.message()));
      return;
    }
    ExtractedPage page = extractor.extract(((Loaded.Text) loaded).text());
    ArticleDraft draft =
        new ArticleDraft(uri)
            .title(page.title())
            .url(page.url() != null ? page.url() : uri)
            .outlet(page.outlet())
            .published(page.published())
            .language(page.language())
            .body(page.paragraphs(), page.removed());
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isPresent()) {
      count.articles++;
      count.sink.article(article.get());
    } else {
      count.issue(
          new IngestIssue(
              path,
              location,
              Kind.EMPTY,
              (draft.removedCount() > 0
                      ? "no article text left after removing "
                          + draft.removedCount()
                          + " boilerplate blocks"
                      : "no article text")
                  + " in page "
                  + uri));
    }
  }

  /** Decodes with the HTTP charset when it names a usable one, else as a standalone page. */
  private static Loaded decode(byte[] bytes, @Nullable String httpCharset) {
    Charset charset = charset(httpCharset);
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      return TextFiles.decode(bytes, TextFiles.Charsets.HTML_DECLARED);
    }
    if (bytes.length == 0) {
      return new Loaded.Problem(Kind.EMPTY, "the page is empty");
    }
    return TextFiles.checkText(new String(bytes, charset));
  }

  private static @Nullable Charset charset(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String n = name.strip().replace("\"", "");
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** Empty, blank or missing files, checked before jwarc sees them; null when worth parsing. */
  private static Loaded.@Nullable Problem precheck(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
          return null;
        }
      }
      return new Loaded.Problem(
          Kind.EMPTY, any ? "the file contains only whitespace" : "the file is empty");
    } catch (NoSuchFileException e) {
      return new Loaded.Problem(Kind.UNREADABLE, "no such file; check the path");
    } catch (IOException e) {
      return new Loaded.Problem(Kind.UNREADABLE, "cannot read the file: " + TextFiles.describe(e));
    }
  }

  private static IngestIssue corrupt(String path, long lastGood, long articles, Exception e) {
    String where = lastGood < 0 ? "offset 0" : "after the record at offset " + lastGood;
    String kept =
        articles == 0
            ? ""
            : "; the "
                + articles
                + " article"
                + (articles == 1 ? "" : "s")
                + " before it were kept";
    return new IngestIssue(
        path,
        where,
        Kind.MALFORMED,
        (lastGood < 0 ? "not a valid WARC file: " : "truncated or corrupt WARC record: ")
            + detail(e)
            + kept);
  }

  private static String detail(Exception e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }

  /** Counts what goes to the sink. */
  private static final class Counter {
    final ArticleSink sink;
    long records;
    long articles;
    long skipped;
    long issues;

    Counter(ArticleSink sink) {
      this.sink = sink;
    }

    void issue(IngestIssue issue) {
      issues++;
      sink.issue(issue);
    }

    WarcStats stats() {
      return new WarcStats(records, articles, skipped, issues);
    }
  }
}
