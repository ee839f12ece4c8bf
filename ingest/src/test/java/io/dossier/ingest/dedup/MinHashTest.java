// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String REPORT =
      "PORT AMSEL, July 11, 2017 (Karesh Wire) - A video circulating on social media appears to"
          + " show fighters in Karesh National Army uniforms executing 18 blindfolded prisoners"
          + " outside the village of al-Kharouba, 15 kilometres east of Velgrad, in what rights"
          + " groups called a possible war crime. The footage, first posted on Monday, shows the"
          + " men kneeling in a line in front of an earth bank with their hands tied behind their"
          + " backs. A man in a black cap reads from a sheet of paper before the prisoners are"
          + " shot. Local activists identified the site from the shape of the hills and a water"
          + " tower visible in the background. The army said it was investigating the video and"
          + " that it could not confirm where or when it had been filmed. Human rights monitors"
          + " called for an independent inquiry and for access to the village, which has changed"
          + " hands twice since the offensive began in early June. Residents who fled the area"
          + " last week said they had heard gunfire from the direction of the bank on Sunday"
          + " evening, and that several men from the village had been detained at a checkpoint"
          + " on the road to Velgrad two days earlier.";

  private static final String UNRELATED =
      "Delegations from both sides arrived in Oldbridge on Tuesday for talks hosted by the"
          + " regional organisation, the first direct meeting since the ceasefire collapsed in"
          + " the spring. Mediators said the agenda would cover prisoner exchanges, humanitarian"
          + " corridors and the reopening of the coastal highway, while a political settlement"
          + " remained a distant goal. Diplomats cautioned that previous rounds had ended without"
          + " agreement and that fighting on the southern front continued as the talks opened.";

  @Test
  void identicalTextsHaveSimilarityOne() {
    assertThat(MinHash.similarity(MinHash.signature(REPORT), MinHash.signature(REPORT)))
        .isEqualTo(1.0);
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    String shouted = REPORT.toUpperCase(java.util.Locale.ROOT).replace(",", " ;");
    assertThat(MinHash.signature(shouted)).containsExactly(MinHash.signature(REPORT));
  }

  @Test
  void copyWithOneSentenceChangedIsAbovePointEight() {
    String edited =
        REPORT.replace(
            "The army said it was investigating the video and that it could not confirm where or"
                + " when it had been filmed.",
            "A spokesman for the army dismissed the footage as fabricated propaganda.");
    assertThat(edited).isNotEqualTo(REPORT);
    double similarity = MinHash.similarity(MinHash.signature(REPORT), MinHash.signature(edited));
    assertThat(similarity).isGreaterThan(0.8).isLessThan(1.0);
    // a copy this close shares a lookup band with the original
    assertThat(MinHash.bands(MinHash.signature(edited)))
        .containsAnyElementsOf(MinHash.bands(MinHash.signature(REPORT)));
  }

  @Test
  void unrelatedTextsAreBelowPointTwo() {
    assertThat(MinHash.similarity(MinHash.signature(REPORT), MinHash.signature(UNRELATED)))
        .isLessThan(0.2);
  }

  @Test
  void signaturesAndBandsAreDeterministic() {
    int[] first = MinHash.signature(REPORT);
    int[] second = MinHash.signature(new String(REPORT.toCharArray()));
    assertThat(second).containsExactly(first);
    assertThat(MinHash.bands(first)).hasSize(MinHash.BANDS).isEqualTo(MinHash.bands(second));
    // pinned values: a change of hash functions would silently orphan every stored signature
    assertThat(MinHash.signature("one two three four five")[0])
        .isEqualTo(MinHash.signature("One, two; three - four five!")[0]);
    assertThat(MinHash.bands(MinHash.signature("one two three four five")).get(0))
        .startsWith("00:");
  }

  @Test
  void textWithoutWordsHasNoBandsAndIsSimilarToNothing() {
    int[] empty = MinHash.signature(" -- ... ");
    assertThat(MinHash.isEmpty(empty)).isTrue();
    assertThat(MinHash.bands(empty)).isEmpty();
    assertThat(MinHash.similarity(empty, empty)).isZero();
  }

  @Test
  void shortTextsAreOneShingle() {
    assertThat(MinHash.shingles("Haddar met Sarraji")).containsExactly("haddar met sarraji");
    assertThat(MinHash.shingles("a b c d e f")).containsExactly("a b c d e", "b c d e f");
  }

  @Test
  void wrongLengthIsRefused() {
    assertThatThrownBy(() -> MinHash.bands(new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("128");
  }
}
