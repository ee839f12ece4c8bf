// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.Claim;
import io.dossier.model.Contradiction;
import io.dossier.model.EventType;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimLinkerTest {
  private static final String QUOTE =
      "KNA fighters executed 18 prisoners in Wadi Sar without trial and buried them near the old"
          + " airfield";

  private final ClaimLinker linker = new ClaimLinker();

  private List<Claim> link(Doc... docs) {
    List<DocumentFacts> facts = Arrays.stream(docs).map(Doc::facts).toList();
    return linker.link(facts, new EventMerger().merge(facts, Doc::name));
  }

  private static String claimId(String document, int index) {
    return Ids.hashed("c", document + "#" + index);
  }

  private static String eventId(String document, int index) {
    return Ids.hashed("v", document + "#" + index);
  }

  /** {@code speaker} quoted saying {@link #QUOTE}, in a document of {@code outlet}. */
  private static Doc quoted(String id, String outlet, String speaker, String entity) {
    Doc d =
        doc(id, outlet, "2017-07-24", "\"" + QUOTE + ",\" " + speaker + " said.")
            .entity(entity, speaker);
    d.claim(QUOTE).by(speaker).add();
    return d;
  }

  /**
   * {@code speaker} says the KNA executed {@code figure} prisoners in Wadi Sar on Sunday 23 July:
   * an execution event inside the claim.
   */
  private static Doc saysExecuted(
      String id, String outlet, String speaker, String entity, String figure, int low, int high) {
    String content = "KNA fighters executed " + figure + " in Wadi Sar on Sunday";
    Doc d =
        doc(id, outlet, "2017-07-24", speaker + " said " + content + ".")
            .entity(entity, speaker)
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed(figure, low, high, low == high ? "exact" : "range")
        .modality(Modality.REPORTED)
        .add();
    d.claim(content).by(speaker).add();
    return d;
  }

  private static Doc saysExecuted(
      String id, String outlet, String speaker, String entity, String figure, int count) {
    return saysExecuted(id, outlet, speaker, entity, figure, count, count);
  }

  /** The KNA spokesman denies the Wadi Sar executions. */
  private static Doc denial() {
    Doc d =
        doc(
                "d-kn",
                "Karesh News",
                "2017-07-25",
                "KNA spokesman Idris Haddar denied that KNA units carried out executions in"
                    + " Wadi Sar.")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    d.event("executions", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .modality(Modality.DENIED)
        .add();
    d.claim("KNA units carried out executions in Wadi Sar")
        .by("Idris Haddar", "KNA")
        .modality(Modality.DENIED)
        .add();
    return d;
  }

  @Test
  void wordsAreTheRunsOfLettersAndNumbersARegularExpressionWouldSplit() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                "  ",
                "Haftar's forces -- 18 killed, 20 (others say) wounded!",
                "al-Werfalli, naïve café 3.5 km² Ⅻ ½ ١٢٣ 𝐀𝐁 😀x",
                "trailing word"));
    // random text from letters, digits, numbers of other kinds, marks, punctuation, spaces,
    // supplementary characters and lone surrogates
    int[] alphabet = {
      'a', 'Z', 'é', 'ß', 'Ж', 'ب', '中', '0', '9', '²', '½', 'Ⅻ', '٣', '\u0301', '-', '\'', ' ',
      '\u00a0', '.', '_', 0x1D400, 0x1F600, 0x10400, 0xD800, 0xDC00
    };
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      List<String> split =
          Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
      assertThat(ClaimLinker.wordRuns(text)).as(text).isEqualTo(split);
    }
  }

  @Test
  void sameQuoteInTwoOutletsIsOneClusterSupportingEachOther() {
    List<Claim> claims =
        link(
            quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"),
            quoted("d-ap", "AP", "HRW", "e-hrw"));

    assertThat(claims).hasSize(2);
    Claim reuters = claims.get(0);
    Claim ap = claims.get(1);
    assertThat(reuters.id()).isEqualTo(claimId("d-reuters", 0));
    assertThat(ap.id()).isEqualTo(claimId("d-ap", 0));
    assertThat(reuters.cluster())
        .isEqualTo(ap.cluster())
        .isEqualTo(Ids.hashed("k", claimId("d-reuters", 0)))
        .startsWith("k-")
        .doesNotStartWith("k--");
    assertThat(reuters.supports()).containsExactly(ap.id());
    assertThat(ap.supports()).containsExactly(reuters.id());
    assertThat(claims).extracting(Claim::independentSources).containsExactly(2, 2);
    assertThat(claims).extracting(Claim::contradicts).containsExactly(List.of(), List.of());
  }

  @Test
  void claimCarriesItsTextSpeakerOutletAndDocument() {
    Claim claim = link(quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw")).get(0);

    assertThat(claim.text()).isEqualTo(QUOTE);
    assertThat(claim.speakerEntity()).isEqualTo("e-hrw");
    assertThat(claim.onBehalfOfEntity()).isNull();
    assertThat(claim.outlet()).isEqualTo("Reuters");
    assertThat(claim.document()).isEqualTo("d-reuters");
    assertThat(claim.supports()).isEmpty();
    assertThat(claim.independentSources()).isEqualTo(1);
    assertThat(claim.id()).startsWith("c-").doesNotStartWith("c--");
  }

  @Test
  void syndicatedCopyCountsAsItsOriginal() {
    List<Claim> claims =
        link(
            quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"),
            quoted("d-times", "Karesh Times", "Human Rights Watch", "e-hrw").copyOf("d-reuters"));

    assertThat(claims).extracting(Claim::cluster).containsOnly(claims.get(0).cluster());
    assertThat(claims.get(0).supports()).containsExactly(claims.get(1).id());
    assertThat(claims).extracting(Claim::independentSources).containsExactly(1, 1);
    assertThat(claims).extracting(Claim::outlet).containsExactly("Reuters", "Karesh Times");
  }

  @Test
  void sameWordsFromDifferentSpeakersAreDifferentClusters() {
    List<Claim> claims =
        link(
            quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"),
            quoted("d-ap", "AP", "Amnesty International", "e-amnesty"));

    assertThat(claims.get(0).cluster()).isNotEqualTo(claims.get(1).cluster());
    assertThat(claims).extracting(Claim::supports).containsExactly(List.of(), List.of());
    assertThat(claims).extracting(Claim::independentSources).containsExactly(1, 1);
  }

  @Test
  void unresolvedSpeakersMatchByNameIgnoringCase() {
    Doc a = doc("d-1", "Reuters", "2017-07-24", "\"" + QUOTE + ",\" Idris Haddar said.");
    a.claim(QUOTE).by("Idris Haddar").add();
    Doc b = doc("d-2", "AP", "2017-07-24", "\"" + QUOTE + ",\" IDRIS HADDAR said.");
    b.claim(QUOTE).by("IDRIS HADDAR").add();

    List<Claim> claims = link(a, b);

    assertThat(claims.get(0).cluster()).isEqualTo(claims.get(1).cluster());
    assertThat(claims.get(0).speakerEntity()).isNull();
  }

  @Test
  void claimsWithoutSpeakerNeverJoin() {
    Doc a = doc("d-1", "Reuters", "2017-07-24", "\"" + QUOTE + ",\" a source said.");
    a.claim(QUOTE).add();
    Doc b = doc("d-2", "AP", "2017-07-24", "\"" + QUOTE + ",\" a source said.");
    b.claim(QUOTE).add();

    List<Claim> claims = link(a, b);

    assertThat(claims.get(0).cluster()).isNotEqualTo(claims.get(1).cluster());
  }

  @Test
  void partialQuoteOfFourContentWordsJoinsTheFullQuote() {
    Doc partial =
        doc(
                "d-ap",
                "AP",
                "2017-07-25",
                "Human Rights Watch said the KNA executed \"18 prisoners without trial\".")
            .entity("e-hrw", "Human Rights Watch");
    partial.claim("18 prisoners without trial").by("Human Rights Watch").add();

    List<Claim> claims =
        link(quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"), partial);

    assertThat(claims.get(1).cluster()).isEqualTo(claims.get(0).cluster());
  }

  @Test
  void partialQuoteOfThreeWordsStaysApart() {
    Doc partial =
        doc("d-ap", "AP", "2017-07-25", "Human Rights Watch spoke of \"prisoners without trial\".")
            .entity("e-hrw", "Human Rights Watch");
    partial.claim("prisoners without trial").by("Human Rights Watch").add();

    List<Claim> claims =
        link(quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"), partial);

    assertThat(claims.get(1).cluster()).isNotEqualTo(claims.get(0).cluster());
  }

  @Test
  void quoteSplitIntoPiecesIsAboutTheEntitiesOfItsPiecesOnly() {
    Doc split =
        doc(
                "d-ap",
                "AP",
                "2017-07-24",
                "\"KNA fighters executed 18 prisoners,\" Human Rights Watch said, \"in Wadi Sar"
                    + " without trial.\"")
            .entity("e-hrw", "Human Rights Watch")
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar");
    split
        .claim("KNA fighters executed 18 prisoners")
        .piece("in Wadi Sar without trial")
        .by("Human Rights Watch")
        .add();

    List<Claim> claims = link(quoted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw"), split);

    Claim claim = claims.get(1);
    assertThat(claim.text())
        .isEqualTo(
            "KNA fighters executed 18 prisoners,\" Human Rights Watch said, \"in Wadi Sar without"
                + " trial");
    // the speaker lies between the pieces and is not what the claim is about
    assertThat(claim.about()).containsExactly("e-kna", "e-wadi-sar");
    assertThat(claim.cluster()).isEqualTo(claims.get(0).cluster());
  }

  @Test
  void sameSpeakerReportingTheSameMergedEventJoinsDespiteDifferentWords() {
    Doc other =
        doc(
                "d-ap",
                "AP",
                "2017-07-24",
                "Human Rights Watch called the killings at Wadi Sar summary executions.")
            .entity("e-hrw", "Human Rights Watch")
            .entity("e-wadi-sar", "Wadi Sar");
    other
        .event("executions", EventType.ASSAULT, "execution")
        .in("Wadi Sar")
        .modality(Modality.REPORTED)
        .add();
    other.claim("the killings at Wadi Sar summary executions").by("Human Rights Watch").add();

    List<Claim> claims =
        link(
            saysExecuted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
            other);

    assertThat(claims.get(1).cluster()).isEqualTo(claims.get(0).cluster());
    assertThat(claims.get(0).supports()).containsExactly(claims.get(1).id());
    assertThat(claims.get(0).contradicts()).isEmpty();
  }

  @Test
  void denialOfTheExecutionsContradictsTheReport() {
    List<Claim> claims =
        link(
            saysExecuted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
            denial());

    Claim report = claims.get(0);
    Claim denial = claims.get(1);
    String event = report.contradicts().get(0).reason().split(" ")[14];
    assertThat(event).startsWith("v-");
    String reason =
        "denial: the claim by Idris Haddar denies (or reports a denial of) the execution "
            + event
            + " that the claim by Human Rights Watch reports";
    assertThat(report.contradicts()).containsExactly(new Contradiction(denial.id(), reason));
    assertThat(denial.contradicts()).containsExactly(new Contradiction(report.id(), reason));
    assertThat(denial.speakerEntity()).isEqualTo("e-haddar");
    assertThat(denial.onBehalfOfEntity()).isEqualTo("e-kna");
    assertThat(denial.about()).containsExactly("e-kna", "e-wadi-sar");
    assertThat(report.cluster()).isNotEqualTo(denial.cluster());
  }

  @Test
  void sameSpeakerDenyingAndAssertingIsNotOneStatement() {
    Doc asserts =
        doc(
                "d-ap",
                "AP",
                "2017-07-26",
                "Idris Haddar said KNA units carried out executions in Wadi Sar.")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-kna", "KNA");
    asserts.claim("KNA units carried out executions in Wadi Sar").by("Idris Haddar").add();

    List<Claim> claims = link(denial(), asserts);

    assertThat(claims.get(0).cluster()).isNotEqualTo(claims.get(1).cluster());
  }

  @Test
  void eighteenAgainstTwentyKilledContradictsNamingBothFigures() {
    List<Claim> claims =
        link(
            saysExecuted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
            saysExecuted("d-ap", "AP", "Amnesty International", "e-amnesty", "20 prisoners", 20));

    String reason =
        "fatalities of execution " + eventId("d-reuters", 0) + ": 18 prisoners vs 20 prisoners";
    assertThat(claims.get(0).contradicts())
        .containsExactly(new Contradiction(claims.get(1).id(), reason));
    assertThat(claims.get(1).contradicts())
        .containsExactly(new Contradiction(claims.get(0).id(), reason));
  }

  @Test
  void aStatementInManyOutletsListsTheFirstFiftySupportersAndCountsThemAll() {
    Doc[] docs = new Doc[Claim.LISTED + 11];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = quoted("d-" + i, "Outlet " + i, "Human Rights Watch", "e-hrw");
    }

    List<Claim> claims = link(docs);

    assertThat(claims).extracting(Claim::cluster).containsOnly(claims.get(0).cluster());
    Claim first = claims.get(0);
    assertThat(first.supportsTotal()).isEqualTo(docs.length - 1);
    assertThat(first.supports())
        .hasSize(Claim.LISTED)
        .containsExactlyElementsOf(
            claims.subList(1, Claim.LISTED + 1).stream().map(Claim::id).toList());
    Claim last = claims.get(docs.length - 1);
    assertThat(last.supportsTotal()).isEqualTo(docs.length - 1);
    assertThat(last.supports())
        .startsWith(first.id())
        .hasSize(Claim.LISTED)
        .doesNotContain(last.id());
    assertThat(last.independentSources()).isEqualTo(docs.length);
  }

  @Test
  void aClaimContradictedByManyListsTheFirstFiftyWithTheirReasonsAndCountsThemAll() {
    Doc[] docs = new Doc[Claim.LISTED + 6];
    docs[0] = saysExecuted("d-hrw", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18);
    for (int i = 1; i < docs.length; i++) {
      docs[i] =
          saysExecuted("d-" + i, "Outlet " + i, "Speaker " + i, "e-s" + i, "20 prisoners", 20);
    }

    List<Claim> claims = link(docs);

    Claim eighteen = claims.get(0);
    assertThat(eighteen.contradictsTotal()).isEqualTo(docs.length - 1);
    assertThat(eighteen.contradicts())
        .hasSize(Claim.LISTED)
        .extracting(Contradiction::claim)
        .containsExactlyElementsOf(
            claims.subList(1, Claim.LISTED + 1).stream().map(Claim::id).toList());
    assertThat(eighteen.contradicts())
        .extracting(Contradiction::reason)
        .allMatch(r -> r.endsWith(": 18 prisoners vs 20 prisoners"));
    Claim twenty = claims.get(docs.length - 1);
    assertThat(twenty.contradictsTotal()).isOne();
    assertThat(twenty.contradicts())
        .extracting(Contradiction::claim)
        .containsExactly(eighteen.id());
  }

  @Test
  void aClaimReportingTwoEventsIsContradictedAboutTheOneWhoseFiguresDisagree() {
    String content =
        "KNA fighters executed 18 prisoners in Wadi Sar on Sunday and arrested 5 journalists in"
            + " Tirsa";
    Doc both =
        doc("d-hrw", "Reuters", "2017-07-24", "Human Rights Watch said " + content + ".")
            .entity("e-hrw", "Human Rights Watch")
            .entity("e-kna", "KNA")
            .entity("e-wadi-sar", "Wadi Sar")
            .entity("e-tirsa", "Tirsa");
    both.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .modality(Modality.REPORTED)
        .add();
    both.event("arrested", EventType.COERCE, "arrest")
        .source("KNA")
        .in("Tirsa")
        .on("2017-07-23")
        .modality(Modality.REPORTED)
        .add();
    both.claim(content).by("Human Rights Watch").add();

    List<Claim> claims =
        link(
            both,
            saysExecuted("d-ap", "AP", "Amnesty International", "e-amnesty", "20 prisoners", 20));

    String reason =
        "fatalities of execution " + eventId("d-hrw", 0) + ": 18 prisoners vs 20 prisoners";
    assertThat(claims.get(0).contradicts())
        .containsExactly(new Contradiction(claims.get(1).id(), reason));
    assertThat(claims.get(0).contradictsTotal()).isOne();
    assertThat(claims.get(1).contradicts())
        .containsExactly(new Contradiction(claims.get(0).id(), reason));
  }

  @Test
  void overlappingFiguresDoNotContradict() {
    List<Claim> claims =
        link(
            saysExecuted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
            saysExecuted(
                "d-ap",
                "AP",
                "Amnesty International",
                "e-amnesty",
                "between 18 and 20 prisoners",
                18,
                20));

    assertThat(claims).extracting(Claim::contradicts).containsExactly(List.of(), List.of());
  }

  @Test
  void conflictingPerpetratorsContradict() {
    Doc a =
        doc(
                "d-reuters",
                "Reuters",
                "2017-07-24",
                "Human Rights Watch said KNA gunners shelled the market in Arzan on Sunday.")
            .entity("e-hrw", "Human Rights Watch")
            .entity("e-kna", "KNA");
    a.event("shelled", EventType.ASSAULT, "shelling")
        .source("KNA")
        .in("Arzan")
        .on("2017-07-23")
        .add();
    a.claim("KNA gunners shelled the market in Arzan on Sunday").by("Human Rights Watch").add();
    Doc b =
        doc(
                "d-ap",
                "AP",
                "2017-07-24",
                "Idris Haddar said Sahel Front gunners shelled the market in Arzan on Sunday.")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-sahel", "Sahel Front");
    b.event("shelled", EventType.ASSAULT, "shelling")
        .source("Sahel Front")
        .in("Arzan")
        .on("2017-07-23")
        .add();
    b.claim("Sahel Front gunners shelled the market in Arzan on Sunday").by("Idris Haddar").add();

    List<Claim> claims = link(a, b);

    assertThat(claims.get(0).contradicts())
        .extracting(Contradiction::claim, Contradiction::reason)
        .containsExactly(
            tuple(
                claims.get(1).id(),
                "attribution of shelling "
                    + eventId("d-reuters", 0)
                    + ": Karesh National Army vs Sahel Front"));
  }

  @Test
  void twoSpeakersInOneDocumentMayContradictButOneSpeakerDoesNotContradictItself() {
    Doc d =
        doc(
                "d-1",
                "Reuters",
                "2017-07-24",
                "Human Rights Watch said KNA fighters executed 18 prisoners in Wadi Sar on Sunday."
                    + " Human Rights Watch later said 20 prisoners were executed in Wadi Sar."
                    + " Amnesty International said 25 prisoners were executed in Wadi Sar.")
            .entity("e-hrw", "Human Rights Watch")
            .entity("e-amnesty", "Amnesty International")
            .entity("e-kna", "KNA");
    d.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18 prisoners", 18)
        .add();
    d.event("executed", 1, EventType.ASSAULT, "execution")
        .in("Wadi Sar")
        .killed("20 prisoners", 20)
        .add();
    d.event("executed", 2, EventType.ASSAULT, "execution")
        .in("Wadi Sar")
        .killed("25 prisoners", 25)
        .add();
    d.claim("KNA fighters executed 18 prisoners in Wadi Sar on Sunday")
        .by("Human Rights Watch")
        .add();
    d.claim("20 prisoners were executed in Wadi Sar").by("Human Rights Watch").add();
    d.claim("25 prisoners were executed in Wadi Sar").by("Amnesty International").add();

    List<Claim> claims = link(d);

    assertThat(claims.get(0).contradicts())
        .extracting(Contradiction::claim)
        .containsExactly(claimId("d-1", 2));
    assertThat(claims.get(1).contradicts())
        .extracting(Contradiction::claim)
        .containsExactly(claimId("d-1", 2));
    assertThat(claims.get(2).contradicts())
        .extracting(Contradiction::claim)
        .containsExactly(claimId("d-1", 0), claimId("d-1", 1));
    // claims in the same document never support each other
    assertThat(claims).extracting(Claim::supports).containsOnly(List.of());
  }

  @Test
  void claimsAboutDifferentEventsDoNotContradict() {
    Doc other =
        doc(
                "d-ap",
                "AP",
                "2017-07-24",
                "Amnesty International said KNA fighters executed 20 prisoners in Kefr Dala on"
                    + " Sunday.")
            .entity("e-amnesty", "Amnesty International")
            .entity("e-kna", "KNA");
    other
        .event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Kefr Dala")
        .on("2017-07-23")
        .killed("20 prisoners", 20)
        .add();
    other
        .claim("KNA fighters executed 20 prisoners in Kefr Dala on Sunday")
        .by("Amnesty International")
        .add();

    List<Claim> claims =
        link(
            saysExecuted("d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
            other);

    assertThat(claims).extracting(Claim::contradicts).containsExactly(List.of(), List.of());
  }

  @Test
  void noDocumentsGiveNoClaims() {
    assertThat(link()).isEmpty();
  }

  @Test
  void documentsStreamedOneByOneGiveTheClaimsOfLinkingTheList() {
    List<DocumentFacts> facts =
        java.util.stream.Stream.of(
                saysExecuted(
                    "d-reuters", "Reuters", "Human Rights Watch", "e-hrw", "18 prisoners", 18),
                quoted("d-ap", "AP", "Idris Haddar", "e-haddar"),
                denial(),
                quoted("d-afp", "AFP", "Idris Haddar", "e-haddar"))
            .map(Doc::facts)
            .toList();
    EventMerger merger = new EventMerger();
    ClaimLinker streaming = new ClaimLinker();
    for (DocumentFacts d : facts) {
      merger.add(d);
      streaming.add(d, merger::eventOf);
    }
    ClaimLinker.Linked linked = streaming.finish(merger.finish(Doc::name).events());
    List<Claim> streamed = new java.util.ArrayList<>();
    facts.forEach(d -> streamed.addAll(linked.claimsOf(d)));

    assertThat(streamed).isEqualTo(linker.link(facts, new EventMerger().merge(facts, Doc::name)));
    assertThat(streamed.get(0).contradicts()).hasSize(1);
    assertThat(streamed.get(1).supports()).containsExactly(streamed.get(3).id());
  }

  @Test
  void linkedClaimsAreGivenOutOnlyInTheOrderTheirDocumentsWereAdded() {
    DocumentFacts first = quoted("d-ap", "AP", "Idris Haddar", "e-haddar").facts();
    DocumentFacts second = quoted("d-afp", "AFP", "Idris Haddar", "e-haddar").facts();
    ClaimLinker streaming = new ClaimLinker();
    streaming.add(first, (document, index) -> null);
    streaming.add(second, (document, index) -> null);
    ClaimLinker.Linked linked = streaming.finish(List.of());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> linked.claimsOf(second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("d-afp");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> streaming.add(first, (d, i) -> null))
        .isInstanceOf(IllegalStateException.class);
  }
}
