// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.ingest.date.PublicationDates;
import io.dossier.ingest.internal.TextNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page's metadata: {@code <meta>} properties (Open Graph, Dublin Core, article tags),
 * JSON-LD, the canonical link, {@code <time>} and {@code <title>}.
 */
final class PageMetadata {
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "article:published",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "published_time",
          "date",
          "dc.date",
          "dc.date.issued",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "originalpublicationdate",
          "dc.date.created");

  private static final List<String> SITE_SEPARATORS =
      List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ");
  private static final int MAX_SUFFIX_WORDS = 4;
  private static final Pattern LANGUAGE = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");

  private final Document doc;
  private final Map<String, String> meta = new HashMap<>();
  private final JsonLd jsonLd;

  PageMetadata(Document doc, ObjectMapper mapper) {
    this.doc = doc;
    for (Element el : doc.select("meta[content]")) {
      String content = el.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String key = el.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          meta.putIfAbsent(key, content);
        }
      }
    }
    this.jsonLd = JsonLd.read(doc, mapper);
  }

  @Nullable String siteName() {
    return TextNormalizer.title(meta.get("og:site_name"));
  }

  /** og:title, JSON-LD headline, the article's h1, the page title, the first h1. */
  @Nullable String title(List<Element> roots) {
    String site = siteName();
    String og = TextNormalizer.title(meta.get("og:title"));
    if (og != null) {
      return site == null ? og : stripSuffix(og, site, true);
    }
    String headline = TextNormalizer.title(jsonLd.text("headline"));
    if (headline != null) {
      return headline;
    }
    for (Element root : roots) {
      Element article = root.closest("article");
      Element h1 = (article != null ? article : root).selectFirst("h1");
      if (h1 != null && TextNormalizer.title(h1.text()) != null) {
        return TextNormalizer.title(h1.text());
      }
    }
    String title = TextNormalizer.title(doc.title());
    if (title != null) {
      return stripSuffix(title, site, false);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : TextNormalizer.title(h1.text());
  }

  /** The canonical link, else og:url; only absolute http(s) URLs. */
  @Nullable String url() {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String href = absoluteHttp(link.attr("href"));
      if (href != null) {
        return href;
      }
    }
    String og = meta.get("og:url");
    return og == null ? null : absoluteHttp(og);
  }

  /** og:site_name, the JSON-LD publisher's name, the canonical URL's host without www. */
  @Nullable String outlet(@Nullable String url) {
    String site = siteName();
    if (site != null) {
      return site;
    }
    String publisher = TextNormalizer.title(jsonLd.publisherName());
    if (publisher != null) {
      return publisher;
    }
    return url == null ? null : host(url);
  }

  /** Date meta tags, JSON-LD datePublished, itemprop=datePublished, a time element. */
  @Nullable LocalDate published(List<Element> roots) {
    for (String key : DATE_KEYS) {
      Optional<LocalDate> date = parse(meta.get(key));
      if (date.isPresent()) {
        return date.get();
      }
    }
    Optional<LocalDate> ld = parse(jsonLd.text("datePublished"));
    if (ld.isPresent()) {
      return ld.get();
    }
    for (Element el : doc.select("[itemprop=datePublished]")) {
      for (String value : new String[] {el.attr("content"), el.attr("datetime"), el.text()}) {
        Optional<LocalDate> date = parse(value);
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    for (Element root : roots) {
      Element article = root.closest("article");
      for (Element time : (article != null ? article : root).select("time[datetime]")) {
        Optional<LocalDate> date = parse(time.attr("datetime"));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    for (Element time : doc.select("time[pubdate]")) {
      Optional<LocalDate> date =
          parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  /** The primary language subtag from html[lang], Content-Language or og:locale. */
  @Nullable String language() {
    Element html = doc.selectFirst("html");
    String[] candidates = {
      html == null ? "" : html.attr("lang"), contentLanguage(), meta.getOrDefault("og:locale", "")
    };
    for (String candidate : candidates) {
      Matcher m = LANGUAGE.matcher(candidate.strip());
      if (m.matches()) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private String contentLanguage() {
    Element el = doc.selectFirst("meta[http-equiv~=(?i)^content-language$][content]");
    return el == null ? "" : el.attr("content");
  }

  /**
   * Drops a trailing " | Site" (" - Site", …) from a page title: always when it is the site's name,
   * otherwise when it is short and shorter than the rest (unless {@code onlySite}).
   */
  static String stripSuffix(String title, @Nullable String site, boolean onlySite) {
    for (String separator : SITE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at <= 0) {
        continue;
      }
      String head = title.substring(0, at).strip();
      String suffix = title.substring(at + separator.length()).strip();
      if (site != null && suffix.equalsIgnoreCase(site)) {
        return head;
      }
      if (!onlySite
          && !head.isEmpty()
          && words(suffix) <= MAX_SUFFIX_WORDS
          && words(suffix) < words(head)) {
        return head;
      }
    }
    return title;
  }

  static @Nullable String host(String url) {
    try {
      String host = new URI(url).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null; // not a URL we can name an outlet after
    }
  }

  private static @Nullable String absoluteHttp(String href) {
    String url = href.strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://"))
        && url.length() > 8
        && url.chars().noneMatch(Character::isWhitespace)) {
      return url;
    }
    return null;
  }

  private static Optional<LocalDate> parse(@Nullable String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : PublicationDates.parseMetadata(value);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
