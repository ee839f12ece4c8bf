// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
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
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Reads a news feed ({@code .rss}, {@code .atom}, and {@code .xml} when its root element is {@code
 * rss}, {@code feed} or {@code rdf:RDF}) with Rome. Each item becomes an article: title, link (as
 * source and URL), publication date from the item's {@code pubDate}/{@code published}, else {@code
 * updated} (basis {@code metadata}, taken as a UTC date), outlet from the feed title, and the text
 * of {@code content:encoded}/{@code content}, else the description/summary, run through {@link
 * HtmlExtractor} (parsed by jsoup, never executed). An item without text gives one {@link
 * Kind#EMPTY} issue naming its link. A {@code .xml} file that is not a feed gives an {@link
 * Kind#UNSUPPORTED} issue.
 *
 * <p>The file must be UTF-8 (or another encoding its XML declaration names). Documents with a
 * {@code DOCTYPE} are refused, so external entities and DTDs are never resolved (no XXE). Stateless
 * and thread-safe.
 */
public final class FeedArticleReader implements ArticleReader {
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final int MAX_DETAIL = 160;

  private final HtmlExtractor extractor;
  private final long maxBytes;

  /** A reader with the standard boilerplate rules. */
  public FeedArticleReader() {
    this(new HtmlExtractor(BoilerplateDetector.standard()), TextFiles.MAX_FILE_BYTES);
  }

  /** A reader using {@code extractor}, refusing files over {@code maxBytes}. */
  public FeedArticleReader(HtmlExtractor extractor, long maxBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.maxBytes = maxBytes;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("rss", "atom", "xml");
  }

  @Override
  public void read(Path file, IngestDefaults defaults, ArticleSink sink) {
    String path = file.toString();
    boolean xml = file.toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    Loaded loaded = TextFiles.load(file, maxBytes, TextFiles.Charsets.UTF8_ONLY);
    if (loaded instanceof Loaded.Problem problem) {
      Loaded declared = declaredEncoding(file, problem);
      if (declared instanceof Loaded.Problem) {
        sink.issue(problem.toIssue(path, null));
        return;
      }
      loaded = declared;
    }
    Path name = file.getFileName();
    read(
        path,
        String.valueOf(name == null ? file : name),
        xml,
        (Loaded.Text) loaded,
        defaults,
        sink);
  }

  /**
   * Reads a feed fetched from {@code source} (a URL): UTF-8, else the encoding its XML declaration
   * names. Items and issues go to {@code sink} as for a file.
   */
  public void read(String source, byte[] bytes, IngestDefaults defaults, ArticleSink sink) {
    Loaded loaded = TextFiles.decode(bytes, TextFiles.Charsets.UTF8_ONLY);
    if (loaded instanceof Loaded.Problem problem) {
      Loaded declared = declaredEncoding(bytes, problem);
      if (declared instanceof Loaded.Problem) {
        sink.issue(problem.toIssue(source, null));
        return;
      }
      loaded = declared;
    }
    read(source, source, false, (Loaded.Text) loaded, defaults, sink);
  }

  private void read(
      String path,
      String name,
      boolean xml,
      Loaded.Text loaded,
      IngestDefaults defaults,
      ArticleSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new StringReader(loaded.text()));
    } catch (IllegalArgumentException e) {
      // Rome's "Invalid document": well-formed XML, but no feed type recognises its root.
      sink.issue(
          new IngestIssue(
              path,
              null,
              xml ? Kind.UNSUPPORTED : Kind.MALFORMED,
              (xml ? "cannot read " + name + ": " : "")
                  + "not an RSS or Atom feed (root element is not rss, feed or rdf:RDF)"));
      return;
    } catch (FeedException | RuntimeException e) {
      sink.issue(
          new IngestIssue(path, null, Kind.MALFORMED, "not a well-formed feed: " + detail(e)));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.issue(new IngestIssue(path, null, Kind.EMPTY, "the feed has no items"));
      return;
    }
    String outlet = plain(feed.getTitle());
    int index = 0;
    for (SyndEntry entry : entries) {
      index++;
      item(path, index, entry, outlet, defaults, sink);
    }
  }

  private void item(
      String path,
      int index,
      SyndEntry entry,
      @Nullable String outlet,
      IngestDefaults defaults,
      ArticleSink sink) {
    String link = link(entry);
    String location = "item " + index;
    String html = body(entry);
    ExtractedPage page =
        html == null
            ? null
            : extractor.extract("<html><body><article>" + html + "</article></body></html>");
    String title = plain(entry.getTitle());
    ArticleDraft draft =
        new ArticleDraft(link != null ? link : path + "#" + location)
            .title(title != null ? title : page == null ? null : page.title())
            .url(link)
            .outlet(outlet)
            .published(
                date(
                    entry.getPublishedDate() != null
                        ? entry.getPublishedDate()
                        : entry.getUpdatedDate()))
            .language(page == null ? null : page.language());
    if (page != null) {
      draft.body(page.paragraphs(), page.removed());
    }
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isPresent()) {
      sink.article(article.get());
      return;
    }
    String why =
        draft.removedCount() > 0
            ? "no article text left after removing " + draft.removedCount() + " boilerplate blocks"
            : "no article text";
    sink.issue(
        new IngestIssue(
            path,
            location,
            Kind.EMPTY,
            why + " in item " + (link != null ? link : "without a link")));
  }

  /** The item's HTML: full content first, else the description; plain text is escaped. */
  private static @Nullable String body(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String html = html(content);
      if (html != null) {
        return html;
      }
    }
    return entry.getDescription() == null ? null : html(entry.getDescription());
  }

  private static @Nullable String html(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return null;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      StringBuilder out = new StringBuilder();
      for (String paragraph : value.split("\\n\\s*\\n")) {
        out.append("<p>").append(Entities.escape(paragraph)).append("</p>");
      }
      return out.toString();
    }
    return value;
  }

  private static @Nullable String link(SyndEntry entry) {
    String link = entry.getLink();
    if (link == null || link.isBlank()) {
      link = entry.getUri();
    }
    if (link == null) {
      return null;
    }
    String lower = link.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? link.strip() : null;
  }

  private static @Nullable LocalDate date(@Nullable Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** Feed titles may carry markup or entities; keep only their text. */
  private static @Nullable String plain(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text;
  }

  /** A non-UTF-8 file whose XML declaration names another encoding, decoded with it. */
  private Loaded declaredEncoding(Path file, Loaded.Problem problem) {
    if (problem.kind() != Kind.MALFORMED || !problem.message().contains("UTF-8")) {
      return problem;
    }
    try {
      return declaredEncoding(java.nio.file.Files.readAllBytes(file), problem);
    } catch (java.io.IOException | RuntimeException e) {
      return problem;
    }
  }

  /** Bytes that are not UTF-8, decoded with the encoding their XML declaration names. */
  private static Loaded declaredEncoding(byte[] bytes, Loaded.Problem problem) {
    if (problem.kind() != Kind.MALFORMED || !problem.message().contains("UTF-8")) {
      return problem;
    }
    try {
      String head =
          new String(
              bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
      Matcher m = XML_ENCODING.matcher(head);
      if (!m.find()
          || m.group(1).equalsIgnoreCase("utf-8")
          || !java.nio.charset.Charset.isSupported(m.group(1))) {
        return problem;
      }
      return TextFiles.checkText(new String(bytes, java.nio.charset.Charset.forName(m.group(1))));
    } catch (RuntimeException e) {
      return problem;
    }
  }

  private static String detail(Exception e) {
    String message = e.getMessage();
    String text = message == null ? e.getClass().getSimpleName() : message;
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }
}
