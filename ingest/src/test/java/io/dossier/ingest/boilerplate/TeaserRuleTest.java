// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeaserRuleTest {
  private final TeaserRule rule = new TeaserRule(List.of(BoilerplateDetector.advertisement()));

  private static final String REAL =
      "The mediator said both delegations had agreed to discuss a prisoner exchange.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Check also",
        "Read more",
        "READ MORE »",
        "Related",
        "Related articles",
        "You may also like",
        "More from Example News",
        "Recommended",
        "Most read",
        "Also read:"
      })
  void headingAloneIsATeaser(String heading) {
    assertThat(rule.match(List.of(heading, REAL), 0)).isEqualTo(1);
  }

  @Test
  void headingTakesTheHeadlinesUpToTheFirstRealParagraph() {
    List<String> paragraphs =
        List.of(
            "Related articles",
            "Aid convoy reaches northern villages",
            "Is the truce holding? What we know",
            "Dock workers return after two-month strike",
            REAL);

    assertThat(rule.match(paragraphs, 0)).isEqualTo(4);
  }

  @Test
  void headlinesStopAtALongParagraph() {
    List<String> paragraphs =
        List.of(
            "Read more",
            "Fighting resumed on the outskirts of the city on Sunday morning as residents fled"
                + " towards the coast with what they could carry",
            "Aid convoy reaches northern villages");

    assertThat(rule.match(paragraphs, 0)).isEqualTo(1);
  }

  @Test
  void headlinesStopAtAParagraphAnotherRuleClaims() {
    List<String> paragraphs = List.of("Most read", "Aid convoy arrives", "Advertisement", "Storm");

    assertThat(rule.match(paragraphs, 0)).isEqualTo(2);
  }

  @Test
  void headlinesStopAtAParagraphStartingInLowerCase() {
    List<String> paragraphs = List.of("Related", "and then the talks collapsed", REAL);

    assertThat(rule.match(paragraphs, 0)).isEqualTo(1);
  }

  @Test
  void teaserListIsCapped() {
    List<String> paragraphs =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("Recommended"),
                java.util.stream.IntStream.range(0, 30).mapToObj(i -> "Headline number " + i))
            .toList();

    assertThat(rule.match(paragraphs, 0)).isEqualTo(11);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read more: Talks resume in Geneva",
        "READ MORE: Aid convoy reaches northern villages",
        "Related: Is the truce holding?",
        "See also: Dock workers return after strike"
      })
  void headingAndHeadlineInOneParagraphIsATeaser(String paragraph) {
    assertThat(rule.match(List.of(paragraph), 0)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related talks in Geneva ended without agreement, officials said.",
        "More from the briefing: the ministry said it had no plans to expand the curfew.",
        "Read more about the ceasefire terms in the full text published by the ministry.",
        "The recommended evacuation routes were closed by the flooding.",
        "Most read the statement as a warning to the rebels."
      })
  void sentencesThatStartLikeATeaserAreKept(String paragraph) {
    assertThat(rule.match(List.of(paragraph, REAL), 0)).isZero();
  }
}
