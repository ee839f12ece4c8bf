// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Decides which elements are never article text: invisible or interactive elements (dropped
 * silently), and page chrome (navigation, headers and footers, asides, figures, share bars, comment
 * sections, related-article boxes), recognized by tag, ARIA role or class and id words. Chrome that
 * holds most of the surrounding text is kept: some sites wrap the whole page in a {@code <form>} or
 * give the article container a misleading class.
 */
final class Pruning {
  /** Never text: scripts, styles, embedded objects, form controls, media. */
  private static final Set<String> INVISIBLE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "canvas",
          "video",
          "audio",
          "picture",
          "source",
          "track",
          "img",
          "map",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "optgroup",
          "label",
          "datalist",
          "output",
          "link",
          "meta",
          "head",
          "title",
          "base");

  private static final Set<String> CHROME_TAGS =
      Set.of("nav", "aside", "footer", "header", "menu", "dialog", "figure", "figcaption", "form");

  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "menu",
          "menubar",
          "dialog",
          "alertdialog",
          "toolbar");

  /** Words in class or id that mark page chrome. */
  static final Set<String> NEGATIVE =
      Set.of(
          "ad",
          "ads",
          "adv",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adslot",
          "banner",
          "breadcrumb",
          "breadcrumbs",
          "comment",
          "comments",
          "commentlist",
          "disqus",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "footer",
          "masthead",
          "menu",
          "modal",
          "nav",
          "navbar",
          "navigation",
          "newsletter",
          "outbrain",
          "taboola",
          "pagination",
          "pager",
          "popup",
          "promo",
          "promotion",
          "recirc",
          "recommended",
          "recommendations",
          "related",
          "share",
          "sharing",
          "sharebar",
          "social",
          "sidebar",
          "sponsor",
          "sponsored",
          "subscribe",
          "subscription",
          "signup",
          "tags",
          "toolbar",
          "trending",
          "widget",
          "byline",
          "skip",
          "rail",
          "teaser",
          "teasers",
          "overlay",
          "paywall",
          "author",
          "caption",
          "credit");

  /** Words in class or id that mark the article. */
  static final Set<String> POSITIVE =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "hentry",
          "blog",
          "prose",
          "permalink");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

  /** Chrome holding more than this share of the surrounding text is kept. */
  private static final double MAX_CHROME_SHARE = 0.5;

  private Pruning() {}

  /** Whether {@code el} and everything in it is never text. */
  static boolean isInvisible(Element el) {
    if (INVISIBLE.contains(el.normalName())) {
      return true;
    }
    if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Why {@code el} is page chrome ({@code "nav"}, {@code "class:share"}, …), or null if it is not.
   *
   * @param contextLength text length of the region {@code el} is judged in (the page or the main
   *     text)
   * @param allowPositive whether a positive class word ({@code article}, {@code content}) makes an
   *     element with a negative word acceptable
   */
  static @Nullable String chromeReason(Element el, int contextLength, boolean allowPositive) {
    String reason = tagReason(el);
    if (reason == null) {
      Set<String> words = classWords(el);
      if (!allowPositive || words.stream().noneMatch(POSITIVE::contains)) {
        reason =
            words.stream()
                .filter(NEGATIVE::contains)
                .sorted()
                .findFirst()
                .map(w -> "class:" + w)
                .orElse(null);
      }
    }
    return keepIfMostOfTheText(el, reason, contextLength);
  }

  /** Like {@link #chromeReason} but by tag and role only, ignoring class words. */
  static @Nullable String chromeTagReason(Element el, int contextLength) {
    return keepIfMostOfTheText(el, tagReason(el), contextLength);
  }

  private static @Nullable String tagReason(Element el) {
    String tag = el.normalName();
    if (CHROME_TAGS.contains(tag)) {
      return tag;
    }
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    return CHROME_ROLES.contains(role) ? "role:" + role : null;
  }

  private static @Nullable String keepIfMostOfTheText(
      Element el, @Nullable String reason, int contextLength) {
    if (reason == null || contextLength == 0) {
      return reason;
    }
    return el.text().length() > contextLength * MAX_CHROME_SHARE ? null : reason;
  }

  /**
   * The lower-case words of {@code el}'s class and id ({@code "articleBody share-bar"} gives
   * article, body, share, bar).
   */
  static Set<String> classWords(Element el) {
    Set<String> words = new HashSet<>();
    for (String attr : new String[] {el.className(), el.id()}) {
      if (attr.isEmpty()) {
        continue;
      }
      for (String word : WORD_BREAK.split(attr)) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      // Also the whole names, so that "articlebody" or "articleBody" counts as one word too.
      for (String name : attr.split("\\s+")) {
        words.add(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
      }
    }
    return words;
  }
}
