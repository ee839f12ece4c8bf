// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static io.dossier.resolve.Articles.article;
import static io.dossier.resolve.Articles.org;
import static io.dossier.resolve.Articles.person;
import static io.dossier.resolve.Articles.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dossier.model.Alias;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Ids;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransliterationResolverTest {
  private final TransliterationResolver resolver = new TransliterationResolver();
  private final InMemoryCandidates kb = new InMemoryCandidates();

  /** Resolves an article against the knowledge base and adds it. */
  private ResolvedDocument ingest(DocumentAnalysis analysis) {
    ResolvedDocument doc = resolver.resolve(analysis, kb);
    kb.apply(doc);
    return doc;
  }

  /** The entity and rule of the canonical (first) mention of the local entity at {@code index}. */
  private static ResolvedMention named(ResolvedDocument doc, int index) {
    var local = doc.analysis().entities().get(index);
    return doc.mentions().stream()
        .filter(m -> m.span().equals(local.mentions().get(0).span()))
        .findFirst()
        .orElseThrow();
  }

  private static String id(ResolvedDocument doc, int index) {
    return named(doc, index).entity();
  }

  @Test
  void identicalNamesNeverMultiplyIntoOneEntityPerArticle() {
    // one article with two chains of the same normalized name yields two entities (same-article
    // guard); later articles with that name must join the oldest, not add a third, fourth, ...
    ResolvedDocument first =
        ingest(article("d-1", place("Port Amsel"), place("Port-Amsel"), org("KNA"), org("KNA")));
    ResolvedDocument second = ingest(article("d-2", place("Port Amsel"), org("KNA")));
    ResolvedDocument third = ingest(article("d-3", place("Port Amsel"), org("KNA")));

    assertThat(second.newEntities()).isEmpty();
    assertThat(third.newEntities()).isEmpty();
    assertThat(id(second, 0)).isEqualTo(id(first, 0)).isEqualTo(id(third, 0));
    assertThat(id(second, 1)).isEqualTo(id(first, 2)).isEqualTo(id(third, 1));
  }

  @Test
  void acronymBesideItsExpansionInOneArticleFallsBackToTheBareAcronymEntity() {
    ResolvedDocument first = ingest(article("d-1", place("United States"), place("U.S.")));
    ResolvedDocument second = ingest(article("d-2", place("United States"), place("U.S.")));
    ResolvedDocument third = ingest(article("d-3", place("U.S."), place("United States")));

    assertThat(second.newEntities()).isEmpty();
    assertThat(third.newEntities()).isEmpty();
    assertThat(id(second, 1)).isEqualTo(id(first, 1)).isNotEqualTo(id(first, 0));
  }

  @Test
  void sameSurnameAloneJoinsTheOldestBareEntityWhenSeveralExist() {
    ResolvedDocument first = ingest(article("d-1", person("Tarhouni"), person("Tarhouni")));
    ResolvedDocument second = ingest(article("d-2", person("Tarhouni")));

    assertThat(second.newEntities()).isEmpty();
    assertThat(id(second, 0)).isEqualTo(id(first, 0));
  }

  @Test
  void newEntityIdComesFromDocumentAndIndexAndIsStable() {
    DocumentAnalysis a = article("d-1", person("Idris Karesh"), org("Karesh Council"));
    ResolvedDocument first = resolver.resolve(a, kb);
    ResolvedDocument again = resolver.resolve(a, new InMemoryCandidates());

    assertThat(first.newEntities())
        .extracting(EntityHead::id)
        .containsExactly(Ids.hashed("e", "d-1#0"), Ids.hashed("e", "d-1#1"));
    assertThat(again).isEqualTo(first);
    assertThat(first.mentions()).extracting(ResolvedMention::rule).containsOnly("canonical");
  }

  @Test
  void transliteratedSurnameInALaterArticleJoinsTheEntity() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));
    ResolvedDocument d2 = ingest(article("d-2", person("Khalifa Hifter")));

    assertThat(d2.newEntities()).isEmpty();
    assertThat(named(d2, 0).entity()).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("transliteration");
  }

  @Test
  void surnameAloneLinksWhileOnlyOnePersonHasItThenStaysApart() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));
    ingest(article("d-2", person("Khalifa Hifter")));
    ResolvedDocument d3 = ingest(article("d-3", person("Haftar")));
    assertThat(d3.newEntities()).isEmpty();
    assertThat(named(d3, 0).entity()).isEqualTo(id(d1, 0));
    assertThat(named(d3, 0).rule()).isEqualTo("surname-unique-in-corpus");

    ResolvedDocument d4 = ingest(article("d-4", person("Saddam Haftar")));
    assertThat(d4.newEntities()).hasSize(1);
    ResolvedDocument d5 = ingest(article("d-5", person("Haftar")));
    assertThat(d5.newEntities()).as("two Haftars: never guess").hasSize(1);

    // later surnames alone gather in the entity named by the surname alone
    ResolvedDocument d6 = ingest(article("d-6", person("Hifter")));
    assertThat(d6.newEntities()).isEmpty();
    assertThat(id(d6, 0)).isEqualTo(id(d5, 0));
    assertThat(named(d6, 0).rule()).isEqualTo("transliteration");
  }

  @Test
  void surnameAloneIsNotLinkedWhenItIsAlsoSomeonesGivenName() {
    ingest(article("d-1", person("Khalifa Haftar")));
    ingest(article("d-2", person("Ahmed Khalifa")));

    ResolvedDocument d3 = ingest(article("d-3", person("Khalifa")));

    assertThat(d3.newEntities()).hasSize(1);
  }

  @Test
  void surnameAloneIsNotLinkedWhenTheArticleNamesAnotherPersonWithIt() {
    ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument d2 = ingest(article("d-2", person("Saddam Haftar"), person("Haftar")));

    assertThat(d2.newEntities()).hasSize(2);
  }

  @Test
  void canonicalMentionGetsTheCrossDocumentRuleAndOthersKeepTheirLink() {
    ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument d2 = ingest(article("d-2", person("Khalifa Hifter", "Hifter")));

    assertThat(d2.mentions())
        .extracting(ResolvedMention::text, ResolvedMention::rule)
        .containsExactly(
            tuple("Khalifa Hifter", "transliteration"), tuple("Hifter", "surname-of-full-name"));
  }

  @Test
  void completeLinkKeepsConflictingNamesApartThroughACommonAlias() {
    ResolvedDocument d1 = ingest(article("d-1", person("Mahmoud Mustafa al-Werfalli")));
    ResolvedDocument d2 = ingest(article("d-2", person("Mahmoud al-Werfalli")));
    assertThat(id(d2, 0)).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("middle-name-omitted");

    // matches "Mahmoud al-Werfalli" but not "Mahmoud Mustafa al-Werfalli"
    ResolvedDocument d3 = ingest(article("d-3", person("Mahmoud Ali al-Warfalli")));

    assertThat(d3.newEntities()).hasSize(1);
    assertThat(id(d3, 0)).isNotEqualTo(id(d1, 0));
  }

  @Test
  void aNameThatFitsSeveralEntitiesStartsItsOwnAndThenCollectsThatExactName() {
    ResolvedDocument mustafa = ingest(article("d-1", person("Mahmoud Mustafa al-Werfalli")));
    ResolvedDocument ali = ingest(article("d-2", person("Mahmoud Ali al-Werfalli")));
    assertThat(id(ali, 0)).isNotEqualTo(id(mustafa, 0));

    ResolvedDocument plain = ingest(article("d-3", person("Mahmoud al-Werfalli")));
    assertThat(plain.newEntities()).hasSize(1);

    ResolvedDocument again = ingest(article("d-4", person("Mahmoud al-Werfalli")));
    assertThat(again.newEntities()).isEmpty();
    assertThat(id(again, 0)).isEqualTo(id(plain, 0));
    assertThat(named(again, 0).rule()).isEqualTo("exact-name");
  }

  @Test
  void differentFirstNamesWithOneSurnameStayApart() {
    ResolvedDocument khalifa = ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument saddam = ingest(article("d-2", person("Saddam Haftar")));
    ResolvedDocument mahmoud = ingest(article("d-3", person("Mahmoud al-Werfalli")));
    ResolvedDocument ahmad = ingest(article("d-4", person("Ahmad al-Werfalli")));

    assertThat(id(saddam, 0)).isNotEqualTo(id(khalifa, 0));
    assertThat(id(ahmad, 0)).isNotEqualTo(id(mahmoud, 0));
  }

  @Test
  void forbiddenNameNeverLinksAgainButTheEntityKeepsItsOwnNames() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));
    ingest(article("d-2", person("Khalifa Hifter")));
    String haftar = id(d1, 0);
    kb.forbid(haftar, "Khalifa Hifter");

    ResolvedDocument hifter = ingest(article("d-3", person("Khalifa al-Hifter")));
    assertThat(hifter.newEntities()).hasSize(1);
    ResolvedDocument hiftar = resolver.resolve(article("d-4", person("Khalifa Hiftar")), kb);
    assertThat(id(hiftar, 0))
        .as("same transliteration class as the split name")
        .isNotEqualTo(haftar);

    ResolvedDocument same = ingest(article("d-5", person("Khalifa Haftar")));
    assertThat(id(same, 0)).isEqualTo(haftar);
  }

  @Test
  void twoEntitiesOfOneArticleNeverResolveToTheSameEntity() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument d2 =
        ingest(article("d-2", person("Khalifa Hifter"), person("Khalifa Haftar")));

    assertThat(id(d2, 1)).as("the exact name scores best").isEqualTo(id(d1, 0));
    assertThat(id(d2, 0)).isNotEqualTo(id(d1, 0));
    assertThat(d2.newEntities()).extracting(EntityHead::name).containsExactly("Khalifa Hifter");
  }

  @Test
  void nameWrittenSurnameFirstInCapitalsLinksAsNameOrder() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument d2 = ingest(article("d-2", person("HAFTAR Khalifa")));
    ResolvedDocument d3 = ingest(article("d-3", person("AL-HAFTAR, Khalifa")));

    assertThat(List.of(id(d2, 0), id(d3, 0))).containsOnly(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("name-order");
  }

  @Test
  void plainReversedOrderLinksOnlyWithEvidenceThatTheFirstWordIsTheSurname() {
    ResolvedDocument d1 = ingest(article("d-1", person("Khalifa Haftar")));

    ResolvedDocument bare = resolver.resolve(article("d-2", person("Haftar Khalifa")), kb);
    assertThat(bare.newEntities()).hasSize(1);

    ResolvedDocument backed =
        resolver.resolve(article("d-3", person("Haftar Khalifa"), person("Haftar")), kb);
    assertThat(id(backed, 0)).isEqualTo(id(d1, 0));
    assertThat(named(backed, 0).rule()).isEqualTo("name-order");
  }

  @Test
  void wReadAsAVowelFindsTheEntityThroughItsSecondKey() {
    ResolvedDocument d1 = ingest(article("d-1", person("Hassan Rouhani")));

    ResolvedDocument d2 = ingest(article("d-2", person("Hasan Rowhani")));

    assertThat(id(d2, 0)).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("transliteration");
  }

  @Test
  void sameSkeletonWithFrontAndBackVowelsStaysApart() {
    ResolvedDocument hassan = ingest(article("d-1", person("Ali Hassan")));

    ResolvedDocument hussein = ingest(article("d-2", person("Ali Hussein")));
    ResolvedDocument bare = ingest(article("d-3", person("Hussein")));

    assertThat(id(hussein, 0)).isNotEqualTo(id(hassan, 0));
    assertThat(id(bare, 0)).as("Hassan does not share the surname").isEqualTo(id(hussein, 0));
    assertThat(named(bare, 0).rule()).isEqualTo("surname-unique-in-corpus");
  }

  @Test
  void typoInALongSurnameIsFoundThroughTheSkeleton() {
    ResolvedDocument d1 = ingest(article("d-1", person("Ayman al-Zawahiri")));

    ResolvedDocument d2 = ingest(article("d-2", person("Ayman al-Zawahri")));

    assertThat(id(d2, 0)).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("typo-guarded");
  }

  @Test
  void acronymDefinedInAnEarlierArticleLinks() {
    ResolvedDocument d1 = ingest(article("d-1", org("Karesh National Army", "KNA")));

    ResolvedDocument d2 = ingest(article("d-2", org("KNA")));

    assertThat(d2.newEntities()).isEmpty();
    assertThat(id(d2, 0)).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("acronym-initials");
  }

  @Test
  void acronymDefinedAfterItsBareUsesJoinsTheirEntity() {
    ResolvedDocument d1 = ingest(article("d-1", org("KNA")));
    ResolvedDocument d2 = ingest(article("d-2", org("Karesh National Army", "KNA")));

    assertThat(d2.newEntities()).isEmpty();
    assertThat(id(d2, 0)).isEqualTo(id(d1, 0));
    assertThat(named(d2, 0).rule()).isEqualTo("acronym-initials");
    // the same partition as in the other order
    ResolvedDocument d3 = ingest(article("d-3", org("KNA")));
    assertThat(id(d3, 0)).isEqualTo(id(d1, 0));
  }

  @Test
  void acronymDefinedAfterItsBareUsesKeepsApartWhatItCannotTell() {
    ResolvedDocument place = ingest(article("d-1", place("KNA")));
    ResolvedDocument one = ingest(article("d-2", org("KNA")));
    ResolvedDocument army = ingest(article("d-3", org("Karesh National Army")));

    // a full name already known links to it, not to the bare acronym's entity
    ResolvedDocument d4 = ingest(article("d-4", org("Karesh National Army", "KNA")));
    assertThat(id(d4, 0)).isEqualTo(id(army, 0)).isNotEqualTo(id(one, 0));
    // types never mix
    ResolvedDocument d5 = ingest(article("d-5", org("Kordofan Nomads Association", "KNA")));
    assertThat(id(d5, 0)).isNotEqualTo(id(place, 0));
  }

  @Test
  void acronymLinksToTheOneEntityWhoseInitialsItIs() {
    ResolvedDocument mission =
        ingest(article("d-1", org("United Nations Support Mission in Libya")));
    ResolvedDocument un = ingest(article("d-2", org("United Nations")));

    ResolvedDocument d3 = ingest(article("d-3", org("UNSMIL"), org("UN")));

    assertThat(id(d3, 0)).isEqualTo(id(mission, 0));
    assertThat(id(d3, 1)).isEqualTo(id(un, 0));
    assertThat(named(d3, 0).rule()).isEqualTo("acronym-initials");
  }

  @Test
  void ambiguousAcronymStartsItsOwnEntityWhichLaterUsesJoin() {
    ingest(article("d-1", org("Karesh National Army")));
    ingest(article("d-2", org("Kordofan National Assembly")));

    ResolvedDocument d3 = ingest(article("d-3", org("KNA")));
    assertThat(d3.newEntities()).hasSize(1);

    ResolvedDocument d4 = ingest(article("d-4", org("K.N.A.")));
    assertThat(id(d4, 0)).isEqualTo(id(d3, 0));
    assertThat(named(d4, 0).rule()).isEqualTo("exact-name");
  }

  @Test
  void definedAcronymWinsOverInitialsOfAnotherName() {
    ResolvedDocument army = ingest(article("d-1", org("Karesh National Army", "KNA")));
    ingest(article("d-2", org("Kordofan National Assembly")));

    ResolvedDocument d3 = ingest(article("d-3", org("KNA")));

    assertThat(id(d3, 0)).isEqualTo(id(army, 0));
  }

  @Test
  void typesNeverMix() {
    ResolvedDocument country = ingest(article("d-1", place("Libya")));
    ResolvedDocument person = ingest(article("d-2", person("Karesh")));

    ResolvedDocument d3 =
        ingest(
            article(
                "d-3", org("Libyan National Army"), place("Karesh"), org("Libya"), place("Libya")));

    assertThat(id(d3, 0)).isNotEqualTo(id(country, 0));
    assertThat(id(d3, 1)).isNotEqualTo(id(person, 0));
    assertThat(id(d3, 2)).isNotEqualTo(id(country, 0));
    assertThat(id(d3, 3)).isEqualTo(id(country, 0));
  }

  @Test
  void placesWithOneSkeletonButOtherVowelsStayApart() {
    ResolvedDocument oman = ingest(article("d-1", place("Oman")));

    ResolvedDocument amman = ingest(article("d-2", place("Amman")));
    ResolvedDocument omman = ingest(article("d-3", place("Omman")));

    assertThat(id(amman, 0)).isNotEqualTo(id(oman, 0));
    assertThat(id(omman, 0)).isEqualTo(id(oman, 0));
  }

  @Test
  void keysCoverEveryKindWithPrefixes() {
    ResolvedDocument d =
        resolver.resolve(
            article("d-1", person("Khalifa Hifter", "Hifter"), org("Karesh National Army", "KNA")),
            kb);

    assertThat(d.keys())
        .extracting(EntityKey::key)
        .contains(
            "n:khalifa hifter",
            "p:haftar xalafa",
            "k:hftr xlf",
            "s:haftar",
            "g:xalafa",
            "n:hifter",
            "n:karesh national army",
            "v:karac natanal arma",
            "i:kna",
            "a:kna");
    assertThat(d.keys())
        .filteredOn(k -> k.key().startsWith("p:"))
        .extracting(EntityKey::type, EntityKey::entity)
        .containsExactly(tuple(EntityType.PERSON, id(d, 0)));
  }

  @Test
  void keysForRenamedEntityComeFromTheGivenNames() {
    EntityHead head = new EntityHead("e-1", EntityType.PERSON, "Khalifa Haftar");

    List<EntityKey> keys = resolver.keys(head, List.of("Khalifa Hifter", "Haftar"));

    assertThat(keys)
        .extracting(EntityKey::key)
        .containsExactly(
            "n:khalifa hifter",
            "p:haftar xalafa",
            "k:hftr xlf",
            "s:haftar",
            "g:xalafa",
            "n:haftar");
    assertThat(keys).extracting(EntityKey::entity).containsOnly("e-1");
  }

  @Test
  void keysWithTooManyEntitiesAreSkipped() {
    List<EntityHead> smiths = new ArrayList<>();
    for (int i = 0; i <= TransliterationResolver.MAX_CANDIDATES_PER_KEY; i++) {
      smiths.add(new EntityHead("e-" + i, EntityType.PERSON, "Person" + i + " Smith"));
    }
    List<String> asked = new ArrayList<>();
    CandidateLookup crowded =
        new CandidateLookup() {
          @Override
          public List<EntityHead> find(EntityType type, String key) {
            return key.equals("s:smat") || key.equals("n:smith") ? smiths : List.of();
          }

          @Override
          public List<Alias> names(String entityId) {
            asked.add(entityId);
            return List.of();
          }
        };

    ResolvedDocument d = resolver.resolve(article("d-1", person("Smith")), crowded);

    assertThat(d.newEntities()).hasSize(1);
    assertThat(asked).as("no candidate is even looked at").isEmpty();
  }

  @Test
  void mergedEntitiesAreFoundAsTheKeptOneAndAMergedAliasDoesNotBlockNewSpellings() {
    ResolvedDocument a = ingest(article("d-1", person("Khalifa Haftar")));
    ResolvedDocument b = ingest(article("d-2", person("Idris Karesh")));
    kb.merge(id(a, 0), id(b, 0));

    ResolvedDocument c = ingest(article("d-3", person("Idris Karesh")));
    ResolvedDocument d = ingest(article("d-4", person("Khalifa Hifter")));

    assertThat(id(c, 0)).isEqualTo(id(a, 0));
    assertThat(named(c, 0).rule()).isEqualTo("exact-name");
    assertThat(id(d, 0)).isEqualTo(id(a, 0));
  }

  @Test
  void lookupWithoutNamesStillDecidesFromTheCanonicalName() {
    EntityHead known = new EntityHead("e-k", EntityType.PERSON, "Khalifa Haftar");
    CandidateLookup findOnly =
        (type, key) -> key.equals("p:haftar xalafa") ? List.of(known) : List.of();

    ResolvedDocument d = resolver.resolve(article("d-1", person("Khalifa Hifter")), findOnly);

    assertThat(id(d, 0)).isEqualTo("e-k");
  }
}
