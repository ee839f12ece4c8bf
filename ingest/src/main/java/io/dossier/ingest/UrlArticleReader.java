// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.ingest.feed.FeedArticleReader;
import io.dossier.ingest.html.ExtractedPage;
import io.dossier.ingest.html.HtmlExtractor;
import io.dossier.ingest.internal.ArticleDraft;
import io.dossier.ingest.internal.Loaded;
import io.dossier.ingest.internal.TextFiles;
import io.dossier.ingest.web.FetchOptions;
import io.dossier.ingest.web.Fetched;
import io.dossier.ingest.web.HttpFetcher;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page or a feed from an {@code http} or {@code https} URL given on the command line: it is
 * fetched by {@link HttpFetcher} and read as HTML (like {@link HtmlArticleReader}) or as a feed
 * (like {@link FeedArticleReader}) by its {@code Content-Type}; a generic or missing type ({@code
 * text/plain}, {@code application/octet-stream}, {@code application/xml}) is decided by sniffing
 * the start of the body. Any other type (an image, a PDF, JSON) is refused. The article's source is
 * the URL as given; its URL is the page's canonical URL, else the address after redirects. A feed's
 * items keep their own links as sources, as from a feed file. Every problem (invalid URL, DNS,
 * refused connection, timeout, HTTP error status, too large, wrong content type, no text) is one
 * issue naming the URL. Thread-safe.
 */
public final class UrlArticleReader {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");
  private static final Set<String> SNIFFED_TYPES =
      Set.of("text/plain", "application/octet-stream", "application/xml", "text/xml");
  private static final int SNIFF_CHARS = 2048;

  private final HttpFetcher fetcher;
  private final HtmlExtractor extractor;
  private final FeedArticleReader feeds;

  /** A reader fetching with {@code options} and the standard boilerplate rules. */
  public UrlArticleReader(FetchOptions options) {
    this(new HttpFetcher(options), new HtmlExtractor(BoilerplateDetector.standard()));
  }

  UrlArticleReader(HttpFetcher fetcher, HtmlExtractor extractor) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.feeds = new FeedArticleReader(extractor, TextFiles.MAX_FILE_BYTES);
  }

  /**
   * Whether a command-line input names a URL ({@code scheme://…}) rather than a path; only {@code
   * http} and {@code https} are then fetched, other schemes give an issue.
   */
  public static boolean isUrl(String input) {
    return SCHEME.matcher(input.strip()).find();
  }

  /** Fetches and reads {@code url}, reporting articles and issues to {@code sink}. */
  public void read(String url, IngestDefaults defaults, ArticleSink sink) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      sink.issue(new IngestIssue(url, null, Kind.MALFORMED, "not a valid URL: " + e.getReason()));
      return;
    }
    if (!HttpFetcher.isHttp(uri)) {
      sink.issue(
          new IngestIssue(
              url,
              null,
              Kind.UNSUPPORTED,
              "only http and https URLs are fetched; give files by their path"));
      return;
    }
    Fetched fetched = fetcher.fetch(uri);
    if (fetched instanceof Fetched.Problem problem) {
      sink.issue(new IngestIssue(url, null, problem.kind(), problem.message()));
      return;
    }
    Fetched.Body body = (Fetched.Body) fetched;
    String type = body.contentType();
    boolean sniff = type == null || SNIFFED_TYPES.contains(type);
    if (type != null && HTML_TYPES.contains(type)) {
      readPage(url, body, defaults, sink);
    } else if (type != null && FEED_TYPES.contains(type)) {
      feeds.read(url, body.body(), defaults, sink);
    } else if (sniff && looksLikeFeed(body.body())) {
      feeds.read(url, body.body(), defaults, sink);
    } else if (sniff && looksLikeHtml(body.body())) {
      readPage(url, body, defaults, sink);
    } else {
      sink.issue(
          new IngestIssue(
              url,
              null,
              Kind.UNSUPPORTED,
              (type == null ? "no content type, and the body" : "content type " + type)
                  + " is neither a web page nor an RSS or Atom feed"));
    }
  }

  private void readPage(String url, Fetched.Body body, IngestDefaults defaults, ArticleSink sink) {
    Loaded loaded = decode(body);
    if (loaded instanceof Loaded.Problem problem) {
      sink.issue(problem.toIssue(url, null));
      return;
    }
    ExtractedPage page = extractor.extract(((Loaded.Text) loaded).text());
    ArticleDraft draft = HtmlArticleReader.draft(url, page);
    if (page.url() == null) {
      draft.url(body.url().toString());
    }
    Optional<Article> article = draft.build(defaults.outlet(), defaults.published());
    if (article.isPresent()) {
      sink.article(article.get());
    } else {
      sink.issue(
          new IngestIssue(
              url, null, Kind.EMPTY, Messages.noText(draft, false) + " found in the page"));
    }
  }

  /** The charset the server names wins; otherwise UTF-8, else the page's own declaration. */
  private static Loaded decode(Fetched.Body body) {
    Charset named = charset(body.charset());
    if (named != null && !named.equals(StandardCharsets.UTF_8) && body.body().length > 0) {
      return TextFiles.checkText(new String(body.body(), named));
    }
    Loaded loaded = TextFiles.decode(body.body(), TextFiles.Charsets.HTML_DECLARED);
    if (loaded instanceof Loaded.Problem problem && problem.kind() == Kind.EMPTY) {
      return new Loaded.Problem(Kind.EMPTY, "the response is empty");
    }
    return loaded;
  }

  private static @Nullable Charset charset(@Nullable String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      // a nonsense charset name is no declaration: fall back to UTF-8 and the page's own
      return null;
    }
  }

  private static String head(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
    return head.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeFeed(byte[] body) {
    String head = head(body);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = head(body);
    return head.contains("<!doctype html") || head.contains("<html");
  }
}
