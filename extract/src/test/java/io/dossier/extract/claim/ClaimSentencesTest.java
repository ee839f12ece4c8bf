// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimSentencesTest {

  /** Sets of ClaimLexicon that name no cue: speakers, media and outlets, pronouns. */
  private static final Set<String> NOT_CUES =
      Set.of(
          "EXTRA_CLAUSE", // folded into CLAUSE_CUES
          "CLAUSE_ONLY_CUES", // clause cues that need a clause: a restriction, no new cue
          "ROLE_NOUNS",
          "HOLDER_NOUNS", // subjects that hold views
          "NOT_ATTITUDE", // verbs excluded from the cues by class
          "MALE_ROLES", // gender of role nouns, for pronoun speakers
          "FEMALE_ROLES",
          "PERSON_PRONOUNS",
          "PRONOUNS",
          "MEDIUM_NOUNS",
          "OUTLETS",
          "OUTLET_WORDS");

  @Test
  void everyWordSetOfTheLexiconIsACueSetOrKnownNotToBeOne() throws IllegalAccessException {
    List<Set<String>> cueSets =
        java.util.stream.Stream.concat(
                ClaimSentences.VERB_CUE_SETS.stream(), ClaimSentences.NOUN_CUE_SETS.stream())
            .toList();
    for (Field f : ClaimLexicon.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || !Set.class.isAssignableFrom(f.getType())) {
        continue;
      }
      f.setAccessible(true);
      Object set = f.get(null);
      boolean cue = cueSets.stream().anyMatch(s -> s == set);
      assertThat(cue || NOT_CUES.contains(f.getName()))
          .as(
              "ClaimLexicon.%s is neither a cue set of ClaimSentences nor listed as no cue: add it"
                  + " to ClaimSentences.VERB_CUE_SETS / NOUN_CUE_SETS or to NOT_CUES here",
              f.getName())
          .isTrue();
    }
  }

  @Test
  void onlySentencesWithACueAreParsed() {
    Parsed p =
        Parsed.of(
            "The army shelled the town on Sunday. The mayor said the town fell. Troops came"
                + " back.");
    assertThat(ClaimSentences.toParse(p.text())).isEqualTo(bits(1));
  }

  @Test
  void aQuotationNeedsNoParseButTheWordsAfterItDo() {
    Parsed p = Parsed.of("“The town fell.” The mayor of the old town was sad. Troops came back.");
    // "The mayor was sad" follows the quotation: its verb may be the quotation's cue
    assertThat(ClaimSentences.toParse(p.text())).isEqualTo(bits(1));
  }

  @Test
  void cuesInsideAQuotationDoNotCount() {
    Parsed p = Parsed.of("Troops came back.\n\n“He said they retreated,” the mayor reported.");
    BitSet chosen = ClaimSentences.toParse(p.text());
    assertThat(chosen.get(0)).isFalse();
    assertThat(chosen.get(1)).isTrue();
  }

  @Test
  void thatClausesColonsAndAccordingToAreCandidates() {
    assertThat(ClaimSentences.toParse(Parsed.of("Smith is sure that troops came back.").text()))
        .isEqualTo(bits(0));
    assertThat(ClaimSentences.toParse(Parsed.of("Belkadi: the bridge is ours").text()))
        .isEqualTo(bits(0));
    assertThat(ClaimSentences.toParse(Parsed.of("Troops came back, according to Smith.").text()))
        .isEqualTo(bits(0));
    assertThat(ClaimSentences.toParse(Parsed.of("Troops came back on a long day.").text()))
        .isEqualTo(bits());
  }

  @Test
  void accordingToCountsInsideAQuotationToo() {
    // unparsed, "according to" would be read even inside a quotation
    Parsed p = Parsed.of("Troops came back.\n\n“The town fell, according to Smith.”");
    assertThat(ClaimSentences.toParse(p.text())).isEqualTo(bits(1));
  }

  private static BitSet bits(int... indexes) {
    BitSet b = new BitSet();
    for (int i : indexes) {
      b.set(i);
    }
    return b;
  }
}
