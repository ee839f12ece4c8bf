// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dossier.engine.bench.resolution.EcbPlusEvaluation.Kinds;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation.Setting;
import io.dossier.engine.bench.resolution.EcbPlusEvaluation.UnnamedChains;
import io.dossier.model.ConfigException;
import io.dossier.model.EntityType;
import io.dossier.model.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECB+ evaluation on a hand-made two-topic corpus (no shared data needed). */
class EcbPlusEvaluationTest {

  private final List<EcbPlusCorpus.Document> docs = new ArrayList<>();
  private final List<EcbPlusCorpus.Mention> mentions = new ArrayList<>();

  /** Adds a one-sentence document; {@code marks} are (text, kind, instance) triples in order. */
  private void doc(String id, int topic, String text, String... marks) {
    docs.add(new EcbPlusCorpus.Document(id, topic, "ecb", text, Set.of(0), Set.of(0)));
    int from = 0;
    for (int i = 0; i < marks.length; i += 3) {
      int start = text.indexOf(marks[i], from);
      from = start + marks[i].length();
      String instance = marks[i + 2].isEmpty() ? null : marks[i + 2];
      mentions.add(
          new EcbPlusCorpus.Mention(id, "m" + i, marks[i + 1], start, from, marks[i], 0, instance));
    }
  }

  private EcbPlusCorpus corpus() {
    return new EcbPlusCorpus(docs, mentions);
  }

  private static final Setting PLAIN =
      new Setting(Kinds.PERSON_ORGANIZATION, UnnamedChains.KEEP_LOCAL, false);

  @Test
  void exactNamesLinkIdenticalNamesAcrossDocumentsOfATopic() {
    doc(
        "1_1ecb",
        1,
        "Tara Reid entered rehab; Reid is 33.",
        "Tara Reid",
        "HUMAN_PART_PER",
        "HUM1",
        "Reid",
        "HUMAN_PART_PER",
        "HUM1");
    doc("1_2ecb", 1, "Tara Reid checked in.", "Tara Reid", "HUMAN_PART_PER", "HUM1");
    // same name in another topic: a different gold entity, and topics are scored apart
    doc("2_1ecb", 2, "Tara Reid again.", "Tara Reid", "HUMAN_PART_PER", "HUM9");

    EcbPlusEvaluation.Result r =
        new EcbPlusEvaluation(corpus()).run(ResolverSetup.exactName(), PLAIN);

    assertThat(r.topics()).isEqualTo(2);
    assertThat(r.mentions()).isEqualTo(4);
    assertThat(r.micro().conllF1()).isCloseTo(1, within(1e-9));
    assertThat(r.missedLinks()).isEmpty();
    assertThat(r.wrongMerges()).isEmpty();
  }

  @Test
  void spellingVariantIsAMissForTheBaselineAndNoLinkingLinksNothing() {
    doc("1_1ecb", 1, "Khalifa Haftar spoke.", "Khalifa Haftar", "HUMAN_PART_PER", "HUM1");
    doc("1_2ecb", 1, "Khalifa Hifter spoke.", "Khalifa Hifter", "HUMAN_PART_PER", "HUM1");
    doc("1_3ecb", 1, "Khalifa Haftar left.", "Khalifa Haftar", "HUMAN_PART_PER", "HUM1");
    EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus());

    EcbPlusEvaluation.Result exact = evaluation.run(ResolverSetup.exactName(), PLAIN);
    EcbPlusEvaluation.Result none = evaluation.run(ResolverSetup.noLinking(), PLAIN);

    // key {a b c}, exact response {a c} {b}: MUC recall 1/2, B³ recall (2·2/3 + 1/3)/3 = 5/9
    assertThat(exact.micro().muc().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(exact.micro().bCubed().recall()).isCloseTo(5.0 / 9, within(1e-9));
    assertThat(exact.micro().bCubed().precision()).isCloseTo(1, within(1e-9));
    assertThat(exact.missedLinks()).singleElement().asString().contains("Khalifa Hifter");
    assertThat(none.responseEntities()).isEqualTo(3);
    assertThat(none.micro().muc().recall()).isZero();

    EcbPlusEvaluation.Result translit = evaluation.run(ResolverSetup.transliteration(), PLAIN);
    assertThat(translit.micro().conllF1()).isCloseTo(1, within(1e-9));
  }

  @Test
  void sameNameSingletonsAreFoldedIntoTheirChainUnlessTheSettingSaysNot() {
    doc(
        "1_1ecb",
        1,
        "Ann Lee came. Ann Lee left. Ann Lee waved.",
        "Ann Lee",
        "HUMAN_PART_PER",
        "",
        "Ann Lee",
        "HUMAN_PART_PER",
        "HUM1",
        "Ann Lee",
        "HUMAN_PART_PER",
        "");
    EcbPlusCorpus.Document d = docs.get(0);

    assertThat(EcbPlusEvaluation.chains(d, mentions, true))
        .singleElement()
        .satisfies(c -> assertThat(c.mentions()).hasSize(3));
    assertThat(EcbPlusEvaluation.chains(d, mentions, false)).hasSize(3);
    Setting literal =
        new Setting(Kinds.PERSON_ORGANIZATION, UnnamedChains.KEEP_LOCAL, false, false);
    assertThat(literal.describe()).contains("not folded");
  }

  @Test
  void pronounChainsStayLocalOrAreResolvedByTheirTextDependingOnTheSetting() {
    doc("1_1ecb", 1, "He said so.", "He", "HUMAN_PART_PER", "HUM1");
    doc("1_2ecb", 1, "He said no.", "He", "HUMAN_PART_PER", "HUM2");
    EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus());

    EcbPlusEvaluation.Result local = evaluation.run(ResolverSetup.exactName(), PLAIN);
    EcbPlusEvaluation.Result byText =
        evaluation.run(
            ResolverSetup.exactName(),
            new Setting(Kinds.PERSON_ORGANIZATION, UnnamedChains.RESOLVE_BY_LONGEST_TEXT, false));

    assertThat(local.responseEntities()).isEqualTo(2);
    assertThat(byText.responseEntities()).isEqualTo(1); // "he" = "he": a wrong merge
    assertThat(byText.wrongMerges()).singleElement().asString().contains("\"He\" ×2");
  }

  @Test
  void restrictionToCorefSentencesDropsOtherMentions() {
    String text = "Ann Lee spoke.\nAnn Lee left.";
    docs.add(new EcbPlusCorpus.Document("1_1ecb", 1, "ecb", text, Set.of(0, 15), Set.of(0)));
    mentions.add(
        new EcbPlusCorpus.Mention("1_1ecb", "1", "HUMAN_PART_PER", 0, 7, "Ann Lee", 0, "H"));
    mentions.add(
        new EcbPlusCorpus.Mention("1_1ecb", "2", "HUMAN_PART_PER", 15, 22, "Ann Lee", 1, null));
    EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus());

    Setting restricted = new Setting(Kinds.PERSON_ORGANIZATION, UnnamedChains.KEEP_LOCAL, true);
    assertThat(evaluation.run(ResolverSetup.exactName(), restricted).mentions()).isEqualTo(1);
    assertThat(evaluation.run(ResolverSetup.exactName(), PLAIN).mentions()).isEqualTo(2);
  }

  @Test
  void otherTagsAreOnlyInTheWiderSelection() {
    doc(
        "1_1ecb",
        1,
        "Libya and Ann Lee.",
        "Libya",
        "HUMAN_PART_GPE",
        "HUM2",
        "Ann Lee",
        "HUMAN_PART_PER",
        "HUM1");
    EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus());

    assertThat(evaluation.run(ResolverSetup.exactName(), PLAIN).mentions()).isEqualTo(1);
    assertThat(
            evaluation
                .run(
                    ResolverSetup.exactName(),
                    new Setting(Kinds.ALL_HUMAN_PARTICIPANTS, UnnamedChains.KEEP_LOCAL, false))
                .mentions())
        .isEqualTo(2);
  }

  @Test
  void chainIsNamedByItsLongestProperNameWithoutRolesPossessivesOrHonorifics() {
    String text = "Police said stepmom Esther Williams's lawyer, Mr. Williams, and she agreed.";
    EcbPlusCorpus.Document d =
        new EcbPlusCorpus.Document("1_1ecb", 1, "ecb", text, Set.of(0), Set.of(0));
    List<EcbPlusCorpus.Mention> chain =
        List.of(
            mention(text, "stepmom Esther Williams's", "HUM1"),
            mention(text, "Mr. Williams", "HUM1"),
            mention(text, "she", "HUM1"));

    EcbPlusEvaluation.Chain c = EcbPlusEvaluation.Chain.of(d, chain);

    assertThat(c.name()).isEqualTo("Esther Williams");
    assertThat(c.named()).isTrue();
    assertThat(c.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void sentenceInitialCommonNounIsNotAProperName() {
    String text = "Police came. The police left.";
    EcbPlusCorpus.Document d =
        new EcbPlusCorpus.Document("1_1ecb", 1, "ecb", text, Set.of(0, 13), Set.of(0));
    assertThat(EcbPlusEvaluation.properName(d, mention(text, "Police", null))).isFalse();
    assertThat(EcbPlusEvaluation.properName(d, mention(text, "The police", null))).isFalse();
    String other = "Microsoft said. It sells software.";
    EcbPlusCorpus.Document d2 =
        new EcbPlusCorpus.Document("1_2ecb", 1, "ecb", other, Set.of(0, 16), Set.of(0));
    assertThat(EcbPlusEvaluation.properName(d2, mention(other, "Microsoft", null))).isTrue();
    assertThat(EcbPlusEvaluation.properName(d2, mention(other, "It", null))).isFalse();
  }

  @Test
  void acronymInTheChainIsGivenToTheResolver() {
    String text = "The Libyan National Army (LNA) advanced; the LNA said.";
    EcbPlusCorpus.Document d =
        new EcbPlusCorpus.Document("1_1ecb", 1, "ecb", text, Set.of(0), Set.of(0));
    EcbPlusEvaluation.Chain c =
        EcbPlusEvaluation.Chain.of(
            d,
            List.of(
                mention(text, "The Libyan National Army", "HUM1", "HUMAN_PART_ORG"),
                mention(text, "LNA", "HUM1", "HUMAN_PART_ORG")));
    assertThat(c.name()).isEqualTo("Libyan National Army");
    assertThat(c.acronym()).isEqualTo("LNA");
    assertThat(c.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void missingDataIsAConfigErrorAndABadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> EcbPlusCorpus.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("documents.jsonl");
    Files.writeString(
        dir.resolve("documents.jsonl"),
        "{\"id\":\"1_1ecb\",\"topic\":1,\"collection\":\"ecb\",\"text\":\"A.\","
            + "\"sentences\":[[0,0,2]],\"coref_sentences\":[0]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("mentions.jsonl"), "\n{\"document\": \"1_1ecb\"}\n");
    assertThatThrownBy(() -> EcbPlusCorpus.read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mentions.jsonl:2:");
  }

  private static EcbPlusCorpus.Mention mention(
      String text, String span, @Nullable String instance) {
    return mention(text, span, instance, "HUMAN_PART_PER");
  }

  private static EcbPlusCorpus.Mention mention(
      String text, String span, @Nullable String instance, String kind) {
    int start = text.indexOf(span);
    return new EcbPlusCorpus.Mention(
        "1_1ecb", span, kind, start, start + span.length(), span, 0, instance);
  }
}
