// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void linesSplitAtEveryKindOfLineBreak() {
    assertThat(PlainText.lines("a\nb\r\nc\rd\u2028e")).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(PlainText.paragraphs(List.of("One.", "", "  ", "Two.", "")))
        .containsExactly("One.", "Two.");
  }

  @Test
  void linesOfOneBlockAreParagraphsEachUnlessHardWrapped() {
    assertThat(PlainText.paragraphs(List.of("Share this:", "Facebook", "Twitter")))
        .containsExactly("Share this:", "Facebook", "Twitter");
  }

  @Test
  void hardWrappedBlockIsJoined() {
    List<String> block =
        List.of(
            "Negotiators from both sides returned to the table on Tuesday,",
            "officials said, after a week of shelling around the harbour and",
            "the old market.");

    assertThat(PlainText.paragraphs(block))
        .containsExactly(
            "Negotiators from both sides returned to the table on Tuesday, officials said, after a"
                + " week of shelling around the harbour and the old market.");
  }

  @Test
  void headlinesOfSimilarLengthAreNotTakenForWrappedText() {
    List<String> headlines =
        List.of("Aid convoy reaches the northern villages after talks", "Dock workers return");

    assertThat(PlainText.isHardWrapped(headlines)).isFalse();
  }

  @Test
  void oneParagraphPerLineIsNotTakenForWrappedText() {
    List<String> paragraphs =
        List.of(
            "Negotiators returned to the table on Tuesday after a week of shelling.",
            "The mediator said both sides had agreed to discuss a prisoner exchange.",
            "Residents said the shelling had stopped overnight.");

    assertThat(PlainText.isHardWrapped(paragraphs)).isFalse();
  }

  @Test
  void bulletListIsNeverJoined() {
    List<String> bullets =
        List.of(
            "- the release of all prisoners held by both sides since the start of",
            "- the reopening of the coastal road to civilian traffic and aid convoys");

    assertThat(PlainText.paragraphs(bullets)).hasSize(2);
  }
}
