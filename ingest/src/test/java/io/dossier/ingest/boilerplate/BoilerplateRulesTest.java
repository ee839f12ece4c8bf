// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each single-paragraph rule, with paragraphs it must and must not take. */
class BoilerplateRulesTest {

  static boolean matches(BoilerplateRule rule, String paragraph) {
    return rule.match(List.of(paragraph), 0) == 1;
  }

  @Nested
  class CommentPrompt {
    final BoilerplateRule rule = BoilerplateDetector.commentPrompt();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Leave a reply",
          "Leave a Reply Cancel reply",
          "Please enter your comment!",
          "Please enter your name here",
          "You have entered an incorrect email address!",
          "Comments",
          "Post a comment",
          "Your email address will not be published.",
          "Your email address will not be published. Required fields are marked *",
          "12 Comments",
          "No comments yet",
          "You must be logged in to post a comment."
        })
    void takesCommentPrompts(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The minister declined to comment on the reports.",
          "Comments made by the governor on Sunday angered the opposition.",
          "Please enter your name, the border guard told the driver, before waving him on."
        })
    void keepsSentencesAboutComments(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Account {
    final BoilerplateRule rule = BoilerplateDetector.account();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Subscribe to our newsletter",
          "Sign up",
          "Log in",
          "Register",
          "Sign up for our daily briefing",
          "Subscribe to the Example Wire newsletter and get the top stories every morning",
          "Log in to continue reading",
          "Already a subscriber?"
        })
    void takesLoginAndSubscribePrompts(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Voters must register before the end of the month, the commission said.",
          "The council will sign up more volunteers for the relief effort.",
          "Thousands subscribe to the channel run by the militia's spokesman."
        })
    void keepsSentencesThatUseTheSameVerbs(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Advertisement {
    final BoilerplateRule rule = BoilerplateDetector.advertisement();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Advertisement",
          "ADVERTISEMENT",
          "- Advertisement -",
          "your ad here",
          "Sponsored",
          "Ad",
          "Story continues below advertisement",
          "Sponsored by Example Bank"
        })
    void takesAdSlots(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The advertisement campaign was paid for by the ministry.",
          "Ad hoc committees met throughout the night.",
          "The event was sponsored by three embassies and a local charity, organisers said."
        })
    void keepsSentencesAboutAdvertising(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Share {
    final BoilerplateRule rule = new ShareRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Share this:",
          "Share on Facebook",
          "Tweet",
          "WhatsApp",
          "Email",
          "Print",
          "Facebook Twitter WhatsApp Email Print",
          "Share 12",
          "Share this article with your friends",
          "Twitter | Facebook | Telegram"
        })
    void takesShareControls(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The group shared a video on Facebook showing the convoy.",
          "Residents share water from a single well.",
          "In a tweet, the envoy called for calm.",
          "The email was sent to all staff on Monday."
        })
    void keepsSentencesMentioningTheServices(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class CookieNotice {
    final BoilerplateRule rule = new CookieNoticeRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "We use cookies to give you the best experience on our website.",
          "This website uses cookies. By continuing to browse you agree to our use of cookies.",
          "Accept cookies",
          "Accept all",
          "You can change your cookie settings at any time; by clicking accept you consent to"
              + " their use."
        })
    void takesCookieBanners(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Regulators said websites must ask users to accept cookies before tracking them.",
          "The bakery sold cookies to soldiers at the checkpoint.",
          "Both sides accept the terms, the mediator said."
        })
    void keepsNewsAboutCookies(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Copyright {
    final BoilerplateRule rule = new CopyrightRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "© 2017 Example News",
          "Copyright © 2017 Example Media Group. All rights reserved.",
          "Copyright 2017 Example Wire",
          "(c) 2017 Example Wire",
          "All rights reserved.",
          "Example News 2017. All rights reserved"
        })
    void takesCopyrightFooters(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Copyright lawyers for the broadcaster said the footage had been stolen.",
          "In 2017 the label said all rights reserved to the estate would lapse after the"
              + " composer's death, a decision that the family later challenged in court."
        })
    void keepsSentencesAboutCopyright(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class ClickHere {
    final BoilerplateRule rule = BoilerplateDetector.clickHere();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Click here to read the full report",
          "CLICK HERE TO GET OUR APP",
          "Click to share on Twitter (Opens in new window)",
          "Tap here for live updates"
        })
    void takesClickHereLinks(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Clicking through the archive, researchers found the missing pages.",
          "Officials said one click here could expose the whole network."
        })
    void keepsSentencesAboutClicking(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Navigation {
    final BoilerplateRule rule = BoilerplateDetector.navigation();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Home",
          "Skip to main content",
          "Privacy Policy",
          "Tags: ceasefire, harbour, talks",
          "Filed under: World",
          "Follow us on Twitter",
          "Font size: A A A"
        })
    void takesNavigationLinks(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Home to thousands of displaced families, the camp has no clinic.",
          "Tags on the crates showed they had been shipped from the port.",
          "Follow-up talks are planned for next week."
        })
    void keepsSentencesWithTheSameWords(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class PhotoCredit {
    final BoilerplateRule rule = BoilerplateDetector.photoCredit();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Photo: Jane Example/AFP",
          "(Photo: Example Wire)",
          "Photo by John Example / Example Agency",
          "File photo: Fighters near the port",
          "Image credit: Example Agency"
        })
    void takesPhotoCredits(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Photographs of the scene showed burned vehicles on the road.",
          "Photos shared online appeared to show the damage, but could not be verified."
        })
    void keepsSentencesAboutPhotos(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class MenuBar {
    final BoilerplateRule rule = new MenuBarRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Home | World | Sport | Culture",
          "Example Daily | World | Wire copy",
          "News › Middle East › Harbour Town",
          "Politics • Economy • Opinion • Video"
        })
    void takesMenuBars(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Example Voice | Sunday 9 July 2017 | Local news",
          "Example Daily | World",
          "Wheat | Barley | Maize prices rose sharply this week, traders said.",
          "Home, World and Sport were the sections hit hardest by the cuts."
        })
    void keepsMastheadsWithDatesAndProse(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }

  @Nested
  class Byline {
    final BoilerplateRule rule = new BylineRule();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "By Jane Example",
          "By Jane Example, Example News",
          "By John Example in Port Town",
          "BY JANE EXAMPLE AND JOHN EXAMPLE",
          "By Jane Example · 4:40 pm",
          "By Amal al-Example",
          "By John Q."
        })
    void takesBylines(String paragraph) {
      assertThat(matches(rule, paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "By Sunday, the army had withdrawn from the port.",
          "By July the talks had collapsed",
          "By contrast, the northern towns were calm.",
          "By the time the convoy arrived, the road was closed",
          "Bystanders said the convoy had been hit twice.",
          "By Far The Largest Convoy Since The War Began Reached The Town Late On Friday Night"
        })
    void keepsSentencesStartingWithBy(String paragraph) {
      assertThat(matches(rule, paragraph)).isFalse();
    }
  }
}
