// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {
  private final BoilerplateDetector detector = BoilerplateDetector.standard();

  private static final String FIRST =
      "Negotiators returned to the table on Tuesday after a week of shelling.";
  private static final String SECOND =
      "The mediator said both sides had agreed to discuss a prisoner exchange.";

  @Test
  void standardRulesAreNamedAndTeasersComeFirst() {
    assertThat(detector.ruleNames())
        .startsWith("teaser")
        .contains(
            "comment-prompt",
            "account",
            "advertisement",
            "share",
            "cookie-notice",
            "copyright",
            "click-here",
            "navigation",
            "photo-credit")
        .doesNotHaveDuplicates();
  }

  @Test
  void boilerplateIsRemovedInOrderAndTextIsKept() {
    Cleaned cleaned =
        detector.clean(
            List.of(
                FIRST,
                "Advertisement",
                SECOND,
                "Related articles",
                "Aid convoy reaches northern villages",
                "© 2017 Example News"));

    assertThat(cleaned.kept()).containsExactly(FIRST, SECOND);
    assertThat(cleaned.removed())
        .containsExactly(
            new Removal("advertisement", "Advertisement"),
            new Removal("teaser", "Related articles\nAid convoy reaches northern villages"),
            new Removal("copyright", "© 2017 Example News"));
  }

  @Test
  void consecutiveBlocksOfOneRuleAreReportedAsOne() {
    Cleaned cleaned =
        detector.clean(List.of(FIRST, "Share this:", "Facebook", "Twitter", "WhatsApp", SECOND));

    assertThat(cleaned.removedTexts()).containsExactly("Share this:\nFacebook\nTwitter\nWhatsApp");
  }

  @Test
  void sameRuleSeparatedByTextGivesTwoBlocks() {
    Cleaned cleaned = detector.clean(List.of("Advertisement", FIRST, "Advertisement", SECOND));

    assertThat(cleaned.removedTexts()).containsExactly("Advertisement", "Advertisement");
    assertThat(cleaned.kept()).containsExactly(FIRST, SECOND);
  }

  @Test
  void genuineParagraphsWithBoilerplateWordsAreKept() {
    List<String> genuine =
        List.of(
            "Related talks in Geneva ended without agreement, officials said.",
            "Residents share water from a single well and print leaflets by hand.",
            "The minister declined to comment, and the advertisement was withdrawn.",
            "Subscribers to the militia's channel were told to register at the mosque.");

    Cleaned cleaned = detector.clean(genuine);

    assertThat(cleaned.kept()).isEqualTo(genuine);
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  void detectorWithoutRulesKeepsEverything() {
    Cleaned cleaned = new BoilerplateDetector(List.of()).clean(List.of("Advertisement", FIRST));

    assertThat(cleaned.kept()).containsExactly("Advertisement", FIRST);
  }
}
