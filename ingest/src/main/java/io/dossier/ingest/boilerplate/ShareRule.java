// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Share buttons and bars: a short paragraph made only of share words ({@code "Share this:"}, {@code
 * "Share on Facebook"}, {@code "Facebook Twitter WhatsApp Email Print"}), at least one of which
 * names a sharing service or action. A sentence about Facebook has other words in it.
 */
final class ShareRule implements BoilerplateRule {
  /** Words that make a paragraph a share control. */
  private static final Set<String> TRIGGERS =
      Set.of(
          "share",
          "shares",
          "sharing",
          "tweet",
          "retweet",
          "facebook",
          "twitter",
          "whatsapp",
          "email",
          "e-mail",
          "mail",
          "print",
          "linkedin",
          "reddit",
          "pinterest",
          "telegram",
          "tumblr",
          "pocket",
          "skype",
          "messenger",
          "flipboard",
          "vk",
          "viber",
          "sms",
          "bluesky",
          "threads",
          "mastodon",
          "instagram",
          "youtube",
          "google+",
          "copy",
          "link",
          "copied");

  /** Words that may appear next to the triggers. */
  private static final Set<String> FILLERS =
      Set.of(
          "this", "the", "article", "story", "post", "page", "on", "via", "by", "to", "with",
          "your", "friends", "a", "friend", "x", "more", "options", "url", "like", "loading",
          "opens", "in", "new", "window", "and", "or", "now");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|/•·:()\\[\\]]+");

  private static final int MAX_WORDS = 12;

  @Override
  public String name() {
    return "share";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String key = Shape.key(paragraphs.get(start));
    String[] tokens = SEPARATORS.split(key);
    if (key.isEmpty() || tokens.length > MAX_WORDS) {
      return 0;
    }
    boolean trigger = false;
    for (String token : tokens) {
      if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
        continue; // share counters such as "Share 12"
      }
      if (TRIGGERS.contains(token)) {
        trigger = true;
      } else if (!FILLERS.contains(token)) {
        return 0;
      }
    }
    return trigger ? 1 : 0;
  }
}
