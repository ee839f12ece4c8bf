// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Teasers of other articles. Either a heading ({@code "Related articles"}, {@code "Read more"},
 * {@code "You may also like"}, {@code "More from Example News"}) followed by the headlines it
 * introduces, which are taken up to the first paragraph that is not headline-like (see {@link
 * Shape#isHeadlineLike}) or that another rule claims; or one paragraph that carries its heading and
 * headline together ({@code "Read more: Talks resume in Geneva"}).
 */
final class TeaserRule implements BoilerplateRule {
  private static final Set<String> HEADINGS =
      Set.of(
          "check also",
          "check out",
          "read more",
          "read also",
          "also read",
          "read next",
          "see also",
          "related",
          "related articles",
          "related stories",
          "related posts",
          "related news",
          "related content",
          "related coverage",
          "related topics",
          "related links",
          "related reading",
          "related video",
          "related videos",
          "you may also like",
          "you might also like",
          "you may also be interested in",
          "you may be interested in",
          "you might be interested in",
          "recommended",
          "recommended for you",
          "recommended stories",
          "recommended articles",
          "recommended reading",
          "most read",
          "most popular",
          "most viewed",
          "most shared",
          "most commented",
          "trending",
          "trending now",
          "trending stories",
          "popular",
          "popular posts",
          "popular stories",
          "popular now",
          "more stories",
          "more news",
          "more articles",
          "more on this",
          "more on this story",
          "more on this topic",
          "further reading",
          "top stories",
          "latest",
          "latest news",
          "latest stories",
          "latest articles",
          "what to read next",
          "editor's picks",
          "editors' picks",
          "don't miss",
          "in other news",
          "around the web",
          "more like this",
          "read this next");

  private static final Pattern HEADING_PATTERN =
      Pattern.compile("more (?:from|on|in|about) [^.:;!?]{1,50}|(?:also|more) on [^.:;!?]{1,50}");

  private static final int MAX_HEADING_WORDS = 7;

  private static final Pattern INLINE =
      Pattern.compile(
          "(?i)^\\W{0,3}(?:read more|read also|also read|read next|see also|related|check also"
              + "|recommended|more|watch|listen)\\s*:\\s*(.+)$");

  /** A teaser list longer than this is more likely a part of the article that looks like one. */
  private static final int MAX_HEADLINES = 10;

  private final List<BoilerplateRule> others;

  /**
   * @param others the single-paragraph rules; a paragraph one of them claims ends a teaser block
   */
  TeaserRule(List<BoilerplateRule> others) {
    this.others = List.copyOf(others);
  }

  @Override
  public String name() {
    return "teaser";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start);
    Matcher inline = INLINE.matcher(paragraph);
    if (inline.matches()) {
      return Shape.isHeadlineLike(inline.group(1)) ? 1 : 0;
    }
    if (!isHeading(paragraph)) {
      return 0;
    }
    int end = start + 1;
    while (end < paragraphs.size()
        && end - start <= MAX_HEADLINES
        && Shape.isHeadlineLike(paragraphs.get(end))
        && !isHeading(paragraphs.get(end))
        && !claimedByOther(paragraphs, end)) {
      end++;
    }
    return end - start;
  }

  private static boolean isHeading(String paragraph) {
    String key = Shape.key(paragraph);
    return HEADINGS.contains(key)
        || (Shape.words(paragraph) <= MAX_HEADING_WORDS && HEADING_PATTERN.matcher(key).matches());
  }

  private boolean claimedByOther(List<String> paragraphs, int index) {
    for (BoilerplateRule rule : others) {
      if (rule.match(paragraphs, index) > 0) {
        return true;
      }
    }
    return false;
  }
}
