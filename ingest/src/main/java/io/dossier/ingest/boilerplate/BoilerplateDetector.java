// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Separates an article's paragraphs into text and boilerplate with an ordered list of {@link
 * BoilerplateRule}s. At each paragraph the first rule that matches removes its block; consecutive
 * blocks of the same rule are reported as one. Immutable and thread-safe.
 */
public final class BoilerplateDetector {
  private final List<BoilerplateRule> rules;

  /** A detector that tries {@code rules} in order. */
  public BoilerplateDetector(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The standard rules, tried in this order: {@code teaser}, {@code comment-prompt}, {@code
   * account}, {@code advertisement}, {@code share}, {@code cookie-notice}, {@code copyright},
   * {@code click-here}, {@code navigation}, {@code menu-bar}, {@code byline}, {@code photo-credit}.
   */
  public static BoilerplateDetector standard() {
    List<BoilerplateRule> single =
        List.of(
            commentPrompt(),
            account(),
            advertisement(),
            new ShareRule(),
            new CookieNoticeRule(),
            new CopyrightRule(),
            clickHere(),
            navigation(),
            new MenuBarRule(),
            new BylineRule(),
            photoCredit());
    List<BoilerplateRule> all = new ArrayList<>();
    all.add(new TeaserRule(single));
    all.addAll(single);
    return new BoilerplateDetector(all);
  }

  /** The names of this detector's rules, in the order they are tried. */
  public List<String> ruleNames() {
    return rules.stream().map(BoilerplateRule::name).toList();
  }

  /** Splits {@code paragraphs} (normalized, non-empty) into article text and boilerplate. */
  public Cleaned clean(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    @Nullable String lastRule = null;
    int i = 0;
    while (i < paragraphs.size()) {
      @Nullable BoilerplateRule rule = null;
      int length = 0;
      for (BoilerplateRule candidate : rules) {
        length = candidate.match(paragraphs, i);
        if (length > 0) {
          rule = candidate;
          break;
        }
      }
      if (rule == null) {
        kept.add(paragraphs.get(i));
        lastRule = null;
        i++;
        continue;
      }
      String block =
          String.join("\n", paragraphs.subList(i, Math.min(i + length, paragraphs.size())));
      if (rule.name().equals(lastRule)) {
        Removal previous = removed.remove(removed.size() - 1);
        block = previous.text() + "\n" + block;
      }
      removed.add(new Removal(rule.name(), block));
      lastRule = rule.name();
      i += length;
    }
    return new Cleaned(kept, removed);
  }

  /** Comment sections: prompts, form labels and counters. */
  static BoilerplateRule commentPrompt() {
    return new PhraseRule(
        "comment-prompt",
        Set.of(
            "leave a reply",
            "leave a reply cancel reply",
            "cancel reply",
            "leave a comment",
            "post a comment",
            "add a comment",
            "add comment",
            "comments",
            "comment",
            "show comments",
            "view comments",
            "load comments",
            "hide comments",
            "comments are closed",
            "please enter your comment",
            "please enter your name here",
            "please enter your email address here",
            "you have entered an incorrect email address",
            "your email address will not be published",
            "your email address will not be published. required fields are marked",
            "required fields are marked",
            "post comment",
            "submit comment",
            "join the conversation",
            "join the discussion",
            "name",
            "website",
            "reply",
            "notify me of follow-up comments by email",
            "notify me of new posts by email",
            "save my name, email, and website in this browser for the next time i comment"),
        List.of(
            "\\d+ (?:comments?|responses?|replies)",
            "comments? \\(\\d+\\)",
            "(?:no|\\d+) (?:comments|responses|replies) (?:yet|so far|to .{1,120})",
            "you must be (?:logged|signed) in to (?:post|leave) a comment",
            "(?:log|sign) in to (?:comment|leave a comment|post a comment)"),
        25);
  }

  /** Login, registration, subscription and newsletter prompts. */
  static BoilerplateRule account() {
    return new PhraseRule(
        "account",
        Set.of(
            "subscribe",
            "subscribe now",
            "subscribe today",
            "subscribe here",
            "sign up",
            "sign up now",
            "sign up here",
            "sign up for free",
            "log in",
            "login",
            "log out",
            "logout",
            "sign in",
            "sign out",
            "register",
            "register now",
            "create an account",
            "create account",
            "my account",
            "newsletter",
            "newsletters",
            "subscribe to our newsletter",
            "sign up for our newsletter",
            "get our newsletter",
            "get the newsletter",
            "enter your email",
            "enter your email address",
            "your email address",
            "email address",
            "already a subscriber",
            "already have an account",
            "forgot password",
            "forgot your password",
            "log in or register",
            "login or register",
            "sign in or register",
            "sign in or subscribe",
            "log in or subscribe",
            "become a member",
            "support our journalism"),
        List.of(
            "(?:sign up|subscribe|register) (?:for|to) (?:our |the |my )?[^.!?]{0,60}"
                + "(?:newsletters?|updates|alerts|briefings?|digest|channel|podcast|feed)"
                + "(?:[^.!?]{0,60})?",
            "get (?:our|the) [^.!?]{0,40}newsletters?(?:[^.!?]{0,60})?",
            "(?:log ?in|sign in|subscribe) to (?:continue|read|keep reading|access)[^.!?]{0,60}",
            "subscribe (?:to|for) (?:unlimited )?(?:access|digital access)[^.!?]{0,60}"),
        20);
  }

  /** Ad slots and sponsored-content labels. */
  static BoilerplateRule advertisement() {
    return new PhraseRule(
        "advertisement",
        Set.of(
            "advertisement",
            "advertisements",
            "advertising",
            "ad",
            "ads",
            "sponsored",
            "sponsored content",
            "sponsored links",
            "sponsored stories",
            "sponsored by",
            "paid content",
            "paid post",
            "paid partnership",
            "promoted",
            "promoted content",
            "promoted stories",
            "your ad here",
            "place your ad here",
            "advertise here",
            "advertise with us",
            "story continues below advertisement",
            "article continues below advertisement",
            "continue reading below",
            "continue reading the main story",
            "article continues below",
            "story continues below",
            "content continues below",
            "scroll to continue with content",
            "ad feedback",
            "report this ad",
            "skip advertisement",
            "ad choices",
            "adchoices"),
        List.of("(?:sponsored|presented|promoted) by [^.!?]{1,40}"),
        6);
  }

  /** "Click here to …" and "Click to share …" links. */
  static BoilerplateRule clickHere() {
    return new PhraseRule(
        "click-here",
        Set.of(),
        List.of("(?:click|tap) (?:here|to|on this link|the link)\\b.*"),
        30);
  }

  /** Site navigation and footer links. */
  static BoilerplateRule navigation() {
    return new PhraseRule(
        "navigation",
        Set.of(
            "home",
            "menu",
            "search",
            "skip to content",
            "skip to main content",
            "skip navigation",
            "back to top",
            "back to homepage",
            "next article",
            "previous article",
            "next post",
            "previous post",
            "next story",
            "previous story",
            "terms of use",
            "terms of service",
            "terms and conditions",
            "privacy policy",
            "privacy notice",
            "contact us",
            "about us",
            "sitemap",
            "site map",
            "rss",
            "rss feed",
            "follow us",
            "toggle navigation",
            "open menu",
            "close menu"),
        List.of(
            "(?:tags|tagged|tagged with|topics|filed under|categories|category|posted in)\\s*:.*",
            "(?:font|text) size\\b.{0,20}",
            "follow (?:us|[^.!?]{1,40}) on (?:twitter|x|facebook|instagram|telegram|youtube"
                + "|linkedin|tiktok|whatsapp)(?: and [^.!?]{1,40})?"),
        20);
  }

  /** Photo and image credits and caption labels. */
  static BoilerplateRule photoCredit() {
    return new PhraseRule(
        "photo-credit",
        Set.of(),
        List.of(
            "(?:file )?(?:photo|photos|photograph|picture|pictures|image|images|video|graphic"
                + "|illustration)(?: credit)?\\s*(?::|by\\b|/|\\|).*",
            "(?:photo |image |picture )?credits?\\s*:.*"),
        25);
  }
}
