// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.AnnotatedText;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.NerMention;
import io.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  private final EntityExtractor extractor = new EntityExtractor();

  private List<LocalEntity> extract(Texts.Builder text) {
    return extractor.extract(text.build());
  }

  private static LocalEntity named(List<LocalEntity> entities, String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + entities));
  }

  private static List<EntityMention> mentions(List<LocalEntity> entities) {
    return entities.stream().flatMap(e -> e.mentions().stream()).toList();
  }

  // --- cleaning ---------------------------------------------------------------------------------

  @Test
  void titleInsideAndBeforeSpanIsKeptAsAttributeNotName() {
    var entities =
        extract(
            Texts.of("d1", "Field Marshal Karim Tarhouni's forces advanced on the port.")
                .ner("Marshal Karim Tarhouni", "PERSON"));

    assertThat(entities).hasSize(1);
    EntityMention m = entities.get(0).mentions().get(0);
    assertThat(m.text()).isEqualTo("Karim Tarhouni");
    assertThat(m.title()).isEqualTo("Field Marshal");
    assertThat(m.span()).isEqualTo(new Span(14, 28));
    assertThat(entities.get(0).name()).isEqualTo("Karim Tarhouni");
  }

  @Test
  void sentenceInitialFunctionWordPulledIntoTheNameIsStripped() {
    var entities =
        extract(Texts.of("d1", "As Tarhouni said, the port fell.").ner("As Tarhouni", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).text()).isEqualTo("Tarhouni");
  }

  @Test
  void functionWordAloneIsNotStrippedToNothing() {
    var entities = extract(Texts.of("d1", "Still the port fell.").ner("Still", "LOCATION"));

    assertThat(entities.get(0).mentions().get(0).text()).isEqualTo("Still");
  }

  @Test
  void abbreviatedTitleBeforeSpanIsKeptAsWritten() {
    var entities =
        extract(Texts.of("d1", "Gen. Omar Belkadi met reporters.").ner("Omar Belkadi", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).title()).isEqualTo("Gen.");
  }

  @Test
  void multiwordTitleInsideSpanIsStripped() {
    var entities =
        extract(
            Texts.of("d1", "Lt. Gen. Omar Belkadi spoke.").ner("Lt. Gen. Omar Belkadi", "PERSON"));

    EntityMention m = entities.get(0).mentions().get(0);
    assertThat(m.text()).isEqualTo("Omar Belkadi");
    assertThat(m.title()).isEqualTo("Lt. Gen.");
  }

  @Test
  void roleWithAcronymQualifierAndModifierIsOneTitle() {
    var entities =
        extract(
            Texts.of("d1", "Former CDA spokesman Adel Zuwari denied the report.")
                .ner("Adel Zuwari", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).title()).isEqualTo("Former CDA spokesman");
  }

  @Test
  void deputyPrimeMinisterIsOneTitle() {
    var entities =
        extract(
            Texts.of("d1", "Deputy Prime Minister Huda Mansour arrived.")
                .ner("Deputy Prime Minister Huda Mansour", "PERSON"));

    EntityMention m = entities.get(0).mentions().get(0);
    assertThat(m.text()).isEqualTo("Huda Mansour");
    assertThat(m.title()).isEqualTo("Deputy Prime Minister");
  }

  @Test
  void lowerCaseOrdinaryWordBeforeNameIsNoTitle() {
    var entities =
        extract(
            Texts.of("d1", "It was a major Tarhouni ally who spoke.").ner("Tarhouni", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).title()).isNull();
  }

  @Test
  void titleInAnotherSentenceIsNotTaken() {
    var entities =
        extract(Texts.of("d1", "He met the general. Tarhouni left.").ner("Tarhouni", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).title()).isNull();
  }

  @Test
  void titlesAreStrippedOnlyFromPersons() {
    var entities =
        extract(
            Texts.of("d1", "The President Hotel in Tripoli was shelled.")
                .ner("President Hotel", "ORGANIZATION")
                .ner("Tripoli", "LOCATION"));

    assertThat(entities.get(0).name()).isEqualTo("President Hotel");
    assertThat(entities.get(0).mentions().get(0).title()).isNull();
  }

  @Test
  void mentionThatIsOnlyATitleIsDropped() {
    var entities =
        extract(Texts.of("d1", "The President said nothing.").ner("President", "PERSON"));

    assertThat(entities).isEmpty();
  }

  @Test
  void splitPossessiveIsNotPartOfTheName() {
    var entities = extract(Texts.of("d1", "Tarhouni's men withdrew.").ner("Tarhouni 's", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).text()).isEqualTo("Tarhouni");
  }

  @Test
  void unsplitPossessiveWithEitherApostropheIsNotPartOfTheName() {
    var entities =
        extract(
            Texts.of("d1", "Tarhouni’s men met the CDA's envoy.")
                .keepPossessives()
                .ner("Tarhouni’s", "PERSON")
                .ner("CDA's", "ORGANIZATION"));

    assertThat(mentions(entities))
        .extracting(EntityMention::text)
        .containsExactly("Tarhouni", "CDA");
  }

  @Test
  void quotesPunctuationAndLowerCaseTheAreTrimmed() {
    var entities =
        extract(
            Texts.of("d1", "Fighters of the “Coastal Brigade” - and Warfa, - left.")
                .ner("the “ Coastal Brigade ” -", "ORGANIZATION")
                .ner("Warfa , -", "PERSON"));

    assertThat(mentions(entities))
        .extracting(EntityMention::text)
        .containsExactly("Coastal Brigade", "Warfa");
  }

  @Test
  void nameKeepsTheOriginalCharactersAndCollapsesWhitespaceOnlyInTheEntityName() {
    String text = "Salem  Warfa\u00a0Idris arrived. Zoë Kallas left.";
    var entities =
        extract(
            Texts.of("d1", text)
                .rawNer(new NerMention(new Span(0, 18), "Salem  Warfa Idris", "PERSON", 0, 3))
                .ner("Zoë Kallas", "PERSON"));

    assertThat(entities.get(0).mentions().get(0).text()).isEqualTo("Salem  Warfa\u00a0Idris");
    assertThat(entities.get(0).name()).isEqualTo("Salem Warfa Idris");
    assertThat(entities.get(1).name()).isEqualTo("Zoë Kallas");
  }

  @Test
  void otherNerClassesAreIgnored() {
    var entities =
        extract(
            Texts.of("d1", "On Monday Warfa spoke.").ner("Monday", "DATE").ner("Warfa", "PERSON"));

    assertThat(entities).extracting(LocalEntity::name).containsExactly("Warfa");
  }

  @Test
  void typesMapToEntityTypes() {
    var entities =
        extract(
            Texts.of("d1", "Warfa of the Coastal Brigade flew from Misrata to a Berber festival.")
                .ner("Warfa", "PERSON")
                .ner("Coastal Brigade", "ORGANIZATION")
                .ner("Misrata", "LOCATION")
                .ner("Berber", "MISC"));

    assertThat(entities)
        .extracting(LocalEntity::type)
        .containsExactly(
            EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
  }

  @Test
  void tokenTagsAreUsedWhenTheTextHasNoNerMentions() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni visited Misrata.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Misrata", "LOCATION")
                .tagsOnly());

    assertThat(entities)
        .extracting(LocalEntity::name, LocalEntity::type)
        .containsExactly(
            tuple("Karim Tarhouni", EntityType.PERSON), tuple("Misrata", EntityType.LOCATION));
  }

  @Test
  void mentionWithWrongTokenIndicesIsCleanedFromItsSpan() {
    String text = "Gen. Omar Belkadi spoke.";
    var entities =
        extract(
            Texts.of("d1", text)
                .rawNer(new NerMention(new Span(0, 17), "Gen. Omar Belkadi", "PERSON", 40, 99)));

    EntityMention m = entities.get(0).mentions().get(0);
    assertThat(m.text()).isEqualTo("Omar Belkadi");
    assertThat(m.title()).isEqualTo("Gen.");
  }

  // --- persons -------------------------------------------------------------------------------

  @Test
  void surnameLinksToTheEarlierFullName() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni spoke on Monday. Later Tarhouni left.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::text, EntityMention::link)
        .containsExactly(
            tuple("Karim Tarhouni", "canonical"), tuple("Tarhouni", "surname-of-full-name"));
  }

  @Test
  void surnameWithParticleLinksToFullNameWithParticle() {
    var entities =
        extract(
            Texts.of("d1", "Tarek al-Zintani arrived. Al-Zintani spoke, and Zintani left.")
                .ner("Tarek al-Zintani", "PERSON")
                .ner("Al-Zintani", "PERSON")
                .ner("Zintani", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("canonical", "surname-of-full-name", "surname-of-full-name");
  }

  @Test
  void surnameShadowedByTwoEarlierFullNamesIsNotLinked() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni and his son Nabil Tarhouni met. Tarhouni spoke.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Nabil Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON"));

    assertThat(entities)
        .extracting(LocalEntity::name)
        .containsExactly("Karim Tarhouni", "Nabil Tarhouni", "Tarhouni");
    assertThat(entities.get(2).mentions().get(0).link()).isEqualTo("canonical");
  }

  @Test
  void surnameBeforeAnyFullNameIsNotLinkedForward() {
    var entities =
        extract(
            Texts.of("d1", "Tarhouni advances. Karim Tarhouni spoke. Tarhouni left.")
                .ner("Tarhouni", "PERSON")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON"));

    assertThat(entities)
        .extracting(LocalEntity::name)
        .containsExactly("Tarhouni", "Karim Tarhouni");
    assertThat(named(entities, "Karim Tarhouni").mentions()).hasSize(2);
  }

  @Test
  void firstAndLastNameLinkToTheEarlierLongerName() {
    var entities =
        extract(
            Texts.of("d1", "Karim Belqasim Tarhouni spoke. Karim Tarhouni then left.")
                .ner("Karim Belqasim Tarhouni", "PERSON")
                .ner("Karim Tarhouni", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).name()).isEqualTo("Karim Belqasim Tarhouni");
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("canonical", "partial-name");
  }

  @Test
  void longerNameArrivingLaterBecomesCanonical() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni spoke. Karim Belqasim Tarhouni is 70. Tarhouni left.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Karim Belqasim Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).name()).isEqualTo("Karim Belqasim Tarhouni");
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("partial-name", "canonical", "surname-of-full-name");
  }

  @Test
  void sameNameRepeatedIsOneEntity() {
    var entities =
        extract(
            Texts.of("d1", "Huda Mansour spoke. HUDA MANSOUR, said the banner.")
                .ner("Huda Mansour", "PERSON")
                .ner("HUDA MANSOUR", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("canonical", "same-name");
  }

  // --- type disagreement ------------------------------------------------------------------------

  @Test
  void surnameTaggedAsOrganisationJoinsThePersonFullNameAndTakesItsType() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni spoke. Tarhouni left, and Tarhouni returned.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON")
                .ner("Tarhouni", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::type)
        .containsOnly(EntityType.PERSON);
  }

  @Test
  void sameNameWithDifferentTypesAndNoFullNameStaysApart() {
    var entities =
        extract(
            Texts.of("d1", "Tarhouni spoke. Tarhouni said more.")
                .ner("Tarhouni", "PERSON")
                .ner("Tarhouni", "ORGANIZATION"));

    assertThat(entities)
        .extracting(LocalEntity::name, LocalEntity::type)
        .containsExactly(
            tuple("Tarhouni", EntityType.PERSON), tuple("Tarhouni", EntityType.ORGANIZATION));
  }

  @Test
  void fullNameFirstMistaggedAsOrganisationMergesWithThePersonAndPersonTypeWins() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni spoke. Karim Tarhouni left.")
                .ner("Karim Tarhouni", "ORGANIZATION")
                .ner("Karim Tarhouni", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("same-name", "canonical");
  }

  @Test
  void personIsNeverMergedWithAPlaceNamedLikeThem() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni visited Tarhouni town.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni", "LOCATION"));

    assertThat(entities)
        .extracting(LocalEntity::name, LocalEntity::type)
        .containsExactly(
            tuple("Karim Tarhouni", EntityType.PERSON), tuple("Tarhouni", EntityType.LOCATION));
  }

  @Test
  void organisationNamedAfterAPersonIsNotMergedWithThem() {
    var entities =
        extract(
            Texts.of("d1", "Karim Tarhouni founded the Tarhouni Foundation.")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni Foundation", "ORGANIZATION"));

    assertThat(entities).hasSize(2);
  }

  // --- acronyms ---------------------------------------------------------------------------------

  @Test
  void acronymDefinedAfterFullNameLinksEveryLaterUseTaggedOrNot() {
    var entities =
        extract(
            Texts.of(
                    "d1",
                    "The Coastal Defence Army (CDA) took the port. CDA fighters and the CDA's"
                        + " CDA-led allies held it. The Coastal Defence Army said so.")
                .ner("Coastal Defence Army", "ORGANIZATION")
                .nerAt("CDA", "ORGANIZATION", 2) // the NER model missed the others
                .ner("Coastal Defence Army", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    LocalEntity cda = entities.get(0);
    assertThat(cda.name()).isEqualTo("Coastal Defence Army");
    assertThat(cda.acronym()).isEqualTo("CDA");
    assertThat(cda.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(cda.mentions())
        .extracting(EntityMention::text, EntityMention::link, m -> m.provenance().rule())
        .containsExactly(
            tuple("Coastal Defence Army", "canonical", "ner:conll4"),
            tuple("CDA", "acronym-defined-in-text", "acronym-scan"),
            tuple("CDA", "acronym-defined-in-text", "ner:conll4"),
            tuple("CDA", "acronym-defined-in-text", "acronym-scan"),
            tuple("CDA", "acronym-defined-in-text", "acronym-scan"),
            tuple("Coastal Defence Army", "same-name", "ner:conll4"));
  }

  @Test
  void acronymBeforeItsFullNameInParenthesesIsDefinedToo() {
    var entities =
        extract(
            Texts.of("d1", "The NSM (Northern Salvation Movement) rejected it. NSM leaders left.")
                .ner("Northern Salvation Movement", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).name()).isEqualTo("Northern Salvation Movement");
    assertThat(entities.get(0).acronym()).isEqualTo("NSM");
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::text, EntityMention::link)
        .containsExactly(
            tuple("NSM", "acronym-defined-in-text"),
            tuple("Northern Salvation Movement", "canonical"),
            tuple("NSM", "acronym-defined-in-text"));
  }

  @Test
  void acronymUsedBeforeItsDefinitionJoinsTheEntityButNameStaysFull() {
    var entities =
        extract(
            Texts.of("d1", "CDA advances. The Coastal Defence Army (CDA) took the port.")
                .ner("CDA", "ORGANIZATION")
                .ner("Coastal Defence Army", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).name()).isEqualTo("Coastal Defence Army");
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::link)
        .containsExactly("acronym-defined-in-text", "canonical", "acronym-defined-in-text");
  }

  @Test
  void acronymWithSkippedFunctionWordsIsRecognised() {
    var entities =
        extract(
            Texts.of(
                    "d1",
                    "The Joint Mission for Peace in the Sahel (JMPS) and the House of Elders"
                        + " (HoE) met. JMPS and HoE agreed.")
                .ner("Joint Mission for Peace in the Sahel", "ORGANIZATION")
                .ner("House of Elders", "ORGANIZATION"));

    assertThat(entities).extracting(LocalEntity::acronym).containsExactly("JMPS", "HoE");
    assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).hasSize(3));
  }

  @Test
  void parenthesizedWordThatIsNotTheInitialsDefinesNothing() {
    var entities =
        extract(
            Texts.of("d1", "The Coastal Brigade (CDA) left. CDA stayed.")
                .ner("Coastal Brigade", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).acronym()).isNull();
    assertThat(entities.get(0).mentions()).hasSize(1);
  }

  @Test
  void definitionTaggedAsOneMentionIsSplitIntoNameAndAcronym() {
    var entities =
        extract(
            Texts.of("d1", "The Coastal Defence Army (CDA) took the port.")
                .ner("Coastal Defence Army ( CDA )", "ORGANIZATION"));

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).acronym()).isEqualTo("CDA");
    assertThat(entities.get(0).mentions())
        .extracting(EntityMention::text, m -> m.provenance().rule())
        .containsExactly(tuple("Coastal Defence Army", "ner:conll4"), tuple("CDA", "ner:conll4"));
  }

  @Test
  void acronymTaggedWithAnotherTypeTakesTheFullNameType() {
    var entities =
        extract(
            Texts.of("d1", "The Coastal Defence Army (CDA) left. CDA returned.")
                .ner("Coastal Defence Army", "ORGANIZATION")
                .ner("CDA", "LOCATION")
                .ner("CDA", "PERSON"));

    assertThat(entities).hasSize(1);
    assertThat(mentions(entities))
        .extracting(EntityMention::type)
        .containsOnly(EntityType.ORGANIZATION);
  }

  @Test
  void armyNamedAfterACountryIsNotTheCountry() {
    var entities =
        extract(
            Texts.of(
                    "d1", "The Libyan National Army (LNA) said Libya was calm. The LNA left Libya.")
                .ner("Libyan National Army", "ORGANIZATION")
                .nerAll("Libya", "LOCATION"));

    assertThat(entities)
        .extracting(LocalEntity::name, LocalEntity::type, LocalEntity::acronym)
        .containsExactly(
            tuple("Libyan National Army", EntityType.ORGANIZATION, "LNA"),
            tuple("Libya", EntityType.LOCATION, null));
    assertThat(named(entities, "Libya").mentions()).hasSize(2);
    assertThat(named(entities, "Libyan National Army").mentions()).hasSize(3);
  }

  @Test
  void acronymInsideATitleIsStillAMentionOfItsEntity() {
    var entities =
        extract(
            Texts.of(
                    "d1",
                    "The Coastal Defence Army (CDA) attacked. CDA spokesman Adel Zuwari said so.")
                .ner("Coastal Defence Army", "ORGANIZATION")
                .ner("Adel Zuwari", "PERSON"));

    assertThat(named(entities, "Coastal Defence Army").mentions()).hasSize(3);
    assertThat(named(entities, "Adel Zuwari").mentions().get(0).title()).isEqualTo("CDA spokesman");
  }

  // --- output shape ---------------------------------------------------------------------------

  @Test
  void entitiesAreOrderedByFirstMentionAndIndexed() {
    var entities =
        extract(
            Texts.of("d1", "Misrata and Karim Tarhouni. Later Tarhouni visited Misrata and Sirte.")
                .nerAll("Misrata", "LOCATION")
                .ner("Karim Tarhouni", "PERSON")
                .ner("Tarhouni", "PERSON")
                .ner("Sirte", "LOCATION"));

    assertThat(entities)
        .extracting(LocalEntity::index, LocalEntity::name)
        .containsExactly(tuple(0, "Misrata"), tuple(1, "Karim Tarhouni"), tuple(2, "Sirte"));
    assertThat(entities.get(0).mentions()).extracting(m -> m.span().start()).isSorted();
  }

  @Test
  void everyMentionCarriesDocumentSpanRuleAndVersion() {
    AnnotatedText text =
        Texts.of("doc-7", "Warfa met Zuwari.")
            .ner("Warfa", "PERSON")
            .ner("Zuwari", "PERSON")
            .build();

    for (EntityMention m : mentions(extractor.extract(text))) {
      assertThat(m.provenance().document()).isEqualTo("doc-7");
      assertThat(m.provenance().version()).isEqualTo(EntityExtractor.RULE_VERSION);
      assertThat(text.textOf(m.span())).isEqualTo(m.text());
    }
  }

  @Test
  void emptyTextGivesNoEntities() {
    assertThat(extract(Texts.of("d1", ""))).isEmpty();
  }
}
