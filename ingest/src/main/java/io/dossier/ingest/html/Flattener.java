// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import io.dossier.ingest.internal.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Turns the main-text elements into paragraphs: every block element (p, h2–h6, li, blockquote, div,
 * …) starts a new paragraph, a double {@code <br>} too. The {@code <h1>} is the title and is left
 * out; chrome inside the main text (share bars, figures, related boxes, link lists) becomes a piece
 * marked with the reason, so it can be reported as removed.
 */
final class Flattener {
  /**
   * A paragraph of the main text, or a piece of chrome inside it.
   *
   * @param text normalized text
   * @param chrome why it is chrome, or null for article text
   */
  record Piece(String text, @Nullable String chrome) {}

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "aside",
          "header",
          "footer",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "figcaption",
          "address",
          "hr",
          "center",
          "details",
          "summary",
          "fieldset",
          "form",
          "hgroup",
          "body");

  /** Stands for a {@code <br>} in the text being collected; private use, so never real text. */
  private static final char BREAK = '\uE000';

  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile(BREAK + "\\s*" + BREAK + "[\\s" + BREAK + "]*");
  private static final double LINK_LIST_DENSITY = 0.8;

  private Flattener() {}

  /** The pieces of {@code roots}, in page order. */
  static List<Piece> pieces(List<Element> roots) {
    List<Piece> pieces = new ArrayList<>();
    for (Element root : roots) {
      collect(root, pieces);
    }
    return pieces;
  }

  private static void collect(Element root, List<Piece> pieces) {
    int rootLength = root.text().length();
    StringBuilder buffer = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              buffer.append(text.getWholeText().replace(BREAK, ' '));
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
              return FilterResult.CONTINUE;
            }
            if (Pruning.isInvisible(el)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (el.normalName().equals("br")) {
              buffer.append(BREAK);
              return FilterResult.CONTINUE;
            }
            boolean block = isBlock(el);
            if (block) {
              flush(buffer, pieces);
            }
            if (el.normalName().equals("h1")) {
              return FilterResult.SKIP_ENTIRELY; // the title, which is not part of the text
            }
            if (el != root) {
              String chrome = Pruning.chromeReason(el, rootLength, false);
              if (chrome == null && isLinkList(el)) {
                chrome = "link-list";
              }
              if (chrome != null) {
                flush(buffer, pieces);
                String text = TextNormalizer.paragraph(el.text());
                if (!text.isEmpty()) {
                  pieces.add(new Piece(text, chrome));
                }
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && isBlock(el)) {
              flush(buffer, pieces);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(buffer, pieces);
  }

  private static boolean isBlock(Element el) {
    return BLOCKS.contains(el.normalName()) || el.isBlock();
  }

  /** A list whose items are (almost) only links: navigation or teasers, not prose. */
  private static boolean isLinkList(Element el) {
    String tag = el.normalName();
    return (tag.equals("ul") || tag.equals("ol"))
        && el.children().size() >= 2
        && MainContent.linkDensity(el) >= LINK_LIST_DENSITY;
  }

  private static void flush(StringBuilder buffer, List<Piece> pieces) {
    if (buffer.length() == 0) {
      return;
    }
    for (String part : PARAGRAPH_BREAK.split(buffer)) {
      String text = TextNormalizer.paragraph(part.replace(BREAK, ' '));
      if (!text.isEmpty()) {
        pieces.add(new Piece(text, null));
      }
    }
    buffer.setLength(0);
  }
}
