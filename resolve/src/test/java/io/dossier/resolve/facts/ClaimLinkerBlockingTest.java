// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Candidate pairs for a frequent speaker give exactly the clusters of comparing every pair. */
class ClaimLinkerBlockingTest {

  private static final String[] VOCABULARY = {
    "army",
    "city",
    "ceasefire",
    "talks",
    "prisoners",
    "killed",
    "airport",
    "shelling",
    "militia",
    "convoy",
    "truce",
    "border",
    "oil",
    "port",
    "refugees",
    "court"
  };

  @RepeatedTest(20)
  void candidatePairsClusterLikeEveryPair(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<DocumentFacts> facts = new ArrayList<>();
    for (int d = 0; d < 90; d++) {
      int size = 1 + random.nextInt(7);
      List<String> words = new ArrayList<>();
      for (int w = 0; w < size; w++) {
        // a few words are common, most rare, as in real quotes
        int at = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(VOCABULARY.length);
        words.add(VOCABULARY[at]);
      }
      String quote = String.join(" ", words);
      Doc doc =
          doc(
                  "d-" + d,
                  "Outlet" + (d % 5),
                  // a third undated, the rest spread over a year, so the date window matters
                  d % 3 == 0
                      ? null
                      : LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365)).toString(),
                  "\"" + quote + ",\" Idris Haddar said.")
              .entity("e-haddar", "Idris Haddar");
      doc.claim(quote + ",").by("Idris Haddar").add();
      facts.add(doc.facts());
    }
    EventMerger.Result events = new EventMerger().merge(facts, Doc::name);

    List<Claim> everyPair = new ClaimLinker(Integer.MAX_VALUE).link(facts, events);
    List<Claim> candidates = new ClaimLinker(0).link(facts, events);

    assertThat(candidates).isEqualTo(everyPair);
    assertThat(everyPair.stream().map(Claim::cluster).distinct().count())
        .as("the random quotes form some multi-claim clusters")
        .isLessThan(everyPair.size());
  }

  @org.junit.jupiter.api.Test
  void theSameWordsMonthsApartAreTwoStatements() {
    List<DocumentFacts> facts = new ArrayList<>();
    String[][] reports = {{"2017-01-10", "Wire"}, {"2017-01-12", "Radio"}, {"2017-09-01", "Paper"}};
    for (int d = 0; d < reports.length; d++) {
      String quote = "we will never leave the city of Velgrad";
      Doc doc =
          doc("d-" + d, reports[d][1], reports[d][0], "\"" + quote + ",\" Idris Haddar said.")
              .entity("e-haddar", "Idris Haddar");
      doc.claim(quote + ",").by("Idris Haddar").add();
      facts.add(doc.facts());
    }
    EventMerger.Result events = new EventMerger().merge(facts, Doc::name);
    for (int threshold : new int[] {Integer.MAX_VALUE, 0}) {
      List<Claim> claims = new ClaimLinker(threshold).link(facts, events);
      assertThat(claims.get(0).cluster()).isEqualTo(claims.get(1).cluster());
      assertThat(claims.get(2).cluster()).isNotEqualTo(claims.get(0).cluster());
    }
  }
}
