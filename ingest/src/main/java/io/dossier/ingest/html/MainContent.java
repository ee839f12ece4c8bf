// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the elements that hold an article's main text, by text density in the manner of
 * Readability: every paragraph-like block scores by its length and commas, its score flows to its
 * parent and grand-parents, structural hints ({@code itemprop=articleBody}, {@code <article>},
 * class words) add or subtract, and link-heavy containers lose. The best container wins, together
 * with siblings that score nearly as well (articles split into several containers). When the winner
 * lies inside an {@code itemprop=articleBody} or {@code <article>} element that is not much larger
 * and not a link list, that element is taken instead.
 */
final class MainContent {
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> TEXT_CONTAINERS =
      Set.of("div", "section", "article", "main", "center");
  private static final int MIN_PARAGRAPH = 25;
  private static final int MIN_MARKED_TEXT = 250;
  private static final int ANCESTOR_LEVELS = 3;
  private static final double SIBLING_SHARE = 0.2;
  private static final double HINT_MAX_GROWTH = 3.0;
  private static final double HINT_MAX_LINK_DENSITY = 0.35;

  private MainContent() {}

  /**
   * The elements marked {@code itemprop=articleBody} (the outermost ones, in page order), when they
   * hold at least {@value #MIN_MARKED_TEXT} characters; else empty.
   */
  static List<Element> markedArticleBody(Element body) {
    List<Element> marked = new ArrayList<>();
    int length = 0;
    for (Element el : body.select("[itemprop~=(?i)^articleBody$]")) {
      boolean nested = false;
      for (Element seen : marked) {
        if (el.parents().contains(seen)) {
          nested = true;
          break;
        }
      }
      if (!nested && !Pruning.isInvisible(el)) {
        marked.add(el);
        length += el.text().length();
      }
    }
    return length >= MIN_MARKED_TEXT ? marked : List.of();
  }

  /**
   * The elements holding the main text of the page whose body is {@code body}, in page order.
   *
   * @param pruneByClass whether containers with chrome class words ({@code sidebar}, {@code
   *     comments}) are left out of the scoring; the caller retries without when that leaves too
   *     little text, since layout classes such as {@code right-sidebar-layout} may wrap the article
   */
  static List<Element> roots(Element body, boolean pruneByClass) {
    int pageLength = body.text().length();
    // jsoup nodes compare by identity; insertion order (page order) makes ties deterministic.
    Map<Element, Double> scores = new LinkedHashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el)) {
              return FilterResult.CONTINUE;
            }
            if (Pruning.isInvisible(el)
                || (pruneByClass && Pruning.chromeReason(el, pageLength, true) != null)
                || (!pruneByClass && Pruning.chromeTagReason(el, pageLength) != null)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (isParagraph(el)) {
              scoreParagraph(el, scores);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);

    @Nullable Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(score);
      if (top == null || score > topScore) {
        top = entry.getKey();
        topScore = score;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    Element hinted = hintedAncestor(top);
    if (hinted != null) {
      return List.of(hinted);
    }
    return withSiblings(top, topScore, scores);
  }

  private static boolean isParagraph(Element el) {
    if (PARAGRAPH_TAGS.contains(el.normalName())) {
      return true;
    }
    // A container with text but no block children is a paragraph written without <p>.
    if (!TEXT_CONTAINERS.contains(el.normalName())) {
      return false;
    }
    for (Element child : el.children()) {
      if (child.isBlock() || PARAGRAPH_TAGS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  private static void scoreParagraph(Element paragraph, Map<Element, Double> scores) {
    String text = paragraph.text();
    if (text.length() < MIN_PARAGRAPH) {
      return;
    }
    double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
    Element ancestor = paragraph.parent();
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
      if (ancestor.normalName().equals("html")) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      Element key = ancestor;
      scores.merge(key, initialScore(key) + score / divider, (old, add) -> old + score / divider);
      ancestor = ancestor.parent();
    }
  }

  private static double initialScore(Element el) {
    double score =
        switch (el.normalName()) {
          case "div" -> 5;
          case "article" -> 10;
          case "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if ("articleBody".equalsIgnoreCase(el.attr("itemprop"))) {
      score += 40;
    }
    Set<String> words = Pruning.classWords(el);
    if (words.stream().anyMatch(Pruning.POSITIVE::contains)) {
      score += 25;
    }
    if (words.stream().anyMatch(Pruning.NEGATIVE::contains)) {
      score -= 25;
    }
    return score;
  }

  private static @Nullable Element hintedAncestor(Element top) {
    int topLength = top.text().length();
    for (Element el = top; el != null; el = el.parent()) {
      boolean hint =
          "articleBody".equalsIgnoreCase(el.attr("itemprop")) || el.normalName().equals("article");
      if (hint
          && el.text().length() <= topLength * HINT_MAX_GROWTH
          && linkDensity(el) <= HINT_MAX_LINK_DENSITY) {
        return el;
      }
    }
    return null;
  }

  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * SIBLING_SHARE);
    int parentLength = parent.text().length();
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      if (Pruning.isInvisible(sibling)
          || Pruning.chromeReason(sibling, parentLength, true) != null) {
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * SIBLING_SHARE
              : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        roots.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double density = linkDensity(sibling);
        if ((text.length() > 80 && density < 0.25)
            || (!text.isEmpty() && density == 0 && text.matches("(?s).*\\.(\\s.*)?"))) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }

  /** Share of {@code el}'s text that sits inside links. */
  static double linkDensity(Element el) {
    int length = el.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : el.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / length);
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        count++;
      }
    }
    return count;
  }
}
