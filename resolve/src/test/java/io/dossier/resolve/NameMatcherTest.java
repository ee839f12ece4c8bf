// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static io.dossier.model.EntityType.LOCATION;
import static io.dossier.model.EntityType.MISC;
import static io.dossier.model.EntityType.ORGANIZATION;
import static io.dossier.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.EntityType;
import io.dossier.resolve.NameMatcher.Match;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
  private final NameMatcher matcher = new NameMatcher();

  private Match person(String a, String b) {
    return matcher.match(PERSON, a, b);
  }

  @Test
  void sameNormalizedNameIsExact() {
    Match m = person("Khalifa Haftar", "KHALIFA  HAFTAR");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("exact-name");
    assertThat(m.score()).isEqualTo(1.0);
  }

  @Test
  void surnameSpellingVariantIsTransliterationWithAReason() {
    Match m = person("Khalifa Hifter", "Khalifa Haftar");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("transliteration");
    assertThat(m.reason())
        .isEqualTo("Hifter ~ Haftar: same consonant skeleton h-f-t-r, vowels differ");
  }

  @ParameterizedTest
  @CsvSource({
    "Muammar Gaddafi, Moammar Gadhafi",
    "Muammar al-Qaddafi, Mu'ammar Qadhafi",
    "Muammar Gaddafi, Moamer Kadhafi",
    "Fayez al-Sarraj, Fayez Serraj",
    "Fayez al-Sarraj, Fayez Sarraj",
    "Mahmoud al-Werfalli, Mahmoud Warfalli",
    "Abd al-Rahman Ali, Abdelrahman Ali",
    "Abdul Rahman Ali, Abdel Rahman Ali",
    "Osama bin Laden, Usama ibn Ladin",
    "Hassan Rouhani, Hasan Rowhani",
    "Yusuf Qaradawi, Youssef al-Qaradawi",
  })
  void transliterationsOfOnePersonMatch(String a, String b) {
    assertThat(person(a, b).same()).as(person(a, b).reason()).isTrue();
  }

  @Test
  void firstNameSpellingWithIdenticalSurnameIsFirstNameVariant() {
    Match m = person("Muammar Gaddafi", "Moammar Gaddafi");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("first-name-variant");
  }

  @ParameterizedTest
  @CsvSource({
    "Mahmoud al-Werfalli, Ahmad al-Werfalli",
    "Mahmoud al-Werfalli, Mohammed al-Werfalli",
    "Saddam Haftar, Khalifa Haftar",
    "Hassan Nasrallah, Hussein Nasrallah",
    "Omar Haftar, Amer Haftar",
    "K. Haftar, Khalifa Haftar",
  })
  void differentFirstNamesNeverMatch(String a, String b) {
    Match m = person(a, b);
    assertThat(m.same()).isFalse();
    assertThat(m.rule()).isEqualTo("no-match");
    assertThat(m.reason()).startsWith("different first names");
  }

  @Test
  void surnamesWithTheSameSkeletonButFrontAndBackVowelsDiffer() {
    Match m = person("Ali Hassan", "Ali Hussein");
    assertThat(m.same()).isFalse();
    assertThat(m.reason()).contains("different surnames", "h-s-n");
  }

  @Test
  void middleNamesMayBeGivenOnOneSideOnly() {
    Match m = person("Mahmoud Mustafa Busayf al-Werfalli", "Mahmoud al-Werfalli");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("middle-name-omitted");
    assertThat(m.reason()).contains("Mustafa Busayf");
    assertThat(person("Mahmoud Mustafa Busayf al-Werfalli", "Mahmoud Mustafa al-Warfalli").same())
        .isTrue();
  }

  @Test
  void conflictingMiddleNamesBlock() {
    assertThat(person("Mahmoud Ali al-Werfalli", "Mahmoud Mustafa al-Werfalli").same()).isFalse();
    assertThat(person("George W. Bush", "George H. W. Bush").same()).isFalse();
    assertThat(person("George Herbert Walker Bush", "George Walker Bush").same()).isFalse();
    assertThat(person("George W. Bush", "George Walker Bush").same()).isTrue();
  }

  @Test
  void reversedOrderMatchesAsNameOrderWithALowerScore() {
    Match m = person("Haftar Khalifa", "Khalifa Haftar");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("name-order");
    assertThat(m.score()).isLessThan(0.8);
  }

  @Test
  void commaOrCapitalInversionIsNameOrderWithAHigherScore() {
    Match comma = person("AL-WARFELLI, Mahmoud Ali", "Mahmoud Ali al-Warfelli");
    assertThat(comma.same()).isTrue();
    assertThat(comma.rule()).isEqualTo("name-order");
    assertThat(comma.reason()).contains("comma");
    Match caps = person("HAFTAR Khalifa", "Khalifa Hifter");
    assertThat(caps.same()).isTrue();
    assertThat(caps.rule()).isEqualTo("name-order");
    assertThat(caps.score()).isGreaterThan(comma.score() - 0.1);
  }

  @Test
  void oneTypoInALongSurnameIsToleratedWhenTheOtherNamesAgreeExactly() {
    Match m = person("Ayman al-Zawahiri", "Ayman al-Zawahri");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("typo-guarded");
    assertThat(person("Ayman al-Zawahiri", "Aymen al-Zawahri").same()).isFalse();
  }

  @Test
  void typoIsNotToleratedInShortWordsAtTheEdgesOrInGivenNames() {
    assertThat(person("Ali Hamadi", "Ali Hamami").same()).isFalse();
    assertThat(person("Ali Mansour", "Ali Mansouri").same()).isFalse();
    assertThat(person("Abdelrahman Ali", "Abdelrahim Ali").same()).isFalse();
    assertThat(person("Zawahiri", "Zawahri").same()).isFalse();
  }

  @Test
  void aSurnameAloneIsLeftToTheCorpus() {
    Match m = person("Haftar", "Khalifa Hifter");
    assertThat(m.same()).isFalse();
    assertThat(m.rule()).isEqualTo("surname-only");
    assertThat(m.score()).isEqualTo(0.5);
    assertThat(person("Haftar", "Khalifa Hassan").score()).isZero();
    assertThat(person("Hifter", "al-Haftar").same()).isTrue();
  }

  @Test
  void acronymMatchesTheNameItAbbreviates() {
    Match lna = matcher.match(ORGANIZATION, "LNA", "Libyan National Army");
    assertThat(lna.same()).isTrue();
    assertThat(lna.rule()).isEqualTo("acronym-initials");
    assertThat(
            matcher.match(ORGANIZATION, "UNSMIL", "United Nations Support Mission in Libya").same())
        .isTrue();
    assertThat(matcher.match(ORGANIZATION, "U.N.", "UN").same()).isTrue();
  }

  @Test
  void anAcronymIsNotTheShorterNameOfItsParent() {
    assertThat(matcher.match(ORGANIZATION, "UNSMIL", "United Nations").same()).isFalse();
    assertThat(matcher.match(ORGANIZATION, "UN", "United Nations Support Mission in Libya").same())
        .isFalse();
    assertThat(matcher.match(ORGANIZATION, "UNSMIL", "UN").same()).isFalse();
  }

  @Test
  void organisationNamesNeedTheSameWordsInOrder() {
    assertThat(matcher.match(ORGANIZATION, "Jabhat al-Nusra", "Jabhat an-Nusra").same()).isTrue();
    assertThat(matcher.match(ORGANIZATION, "al-Qaeda", "Al Qaida").same()).isTrue();
    assertThat(matcher.match(ORGANIZATION, "Hezbollah", "Hizbullah").same()).isTrue();
    assertThat(
            matcher.match(ORGANIZATION, "the Libyan National Army", "Libyan National Army").rule())
        .isEqualTo("exact-name");
    assertThat(matcher.match(ORGANIZATION, "National Army", "Army National").same()).isFalse();
    assertThat(matcher.match(ORGANIZATION, "Libyan National Army", "Libyan Army").same()).isFalse();
  }

  @Test
  void anOrganisationIsNotThePlaceItIsNamedAfter() {
    assertThat(matcher.match(ORGANIZATION, "Libyan National Army", "Libya").same()).isFalse();
    assertThat(matcher.match(LOCATION, "Libya", "Libyan").same()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Oman, Amman", "Gaza, Giza", "Iran, Oran"})
  void placesWithOneSkeletonButOtherVowelsStayApart(String a, String b) {
    assertThat(matcher.match(LOCATION, a, b).same()).isFalse();
  }

  @Test
  void placeTransliterationsMatch() {
    assertThat(matcher.match(LOCATION, "Ajdabiya", "Ajdabia").same()).isTrue();
    assertThat(matcher.match(LOCATION, "Tobruk", "Tubruq").same()).isTrue();
    assertThat(matcher.match(LOCATION, "Sabratha", "Sabrata").same()).isTrue();
  }

  @Test
  void typoInALongWordOfAMultiwordNameIsGuarded() {
    Match m = matcher.match(ORGANIZATION, "Revolutiomary Guards", "Revolutionary Guards");
    assertThat(m.same()).isTrue();
    assertThat(m.rule()).isEqualTo("typo-guarded");
    assertThat(matcher.match(ORGANIZATION, "Revolutiomary Guardz", "Revolutionary Guards").same())
        .isFalse();
    assertThat(matcher.match(LOCATION, "Sirtetown", "Sirtetowm").same()).isFalse();
    assertThat(matcher.match(MISC, "Operation Dignity", "Operation Dignitty").same()).isTrue();
  }

  @Test
  void verdictsAreSymmetric() {
    List<String> names =
        List.of(
            "Khalifa Haftar",
            "Haftar Khalifa",
            "Khalifa Hifter",
            "Saddam Haftar",
            "Haftar",
            "HAFTAR Khalifa",
            "Mahmoud al-Werfalli",
            "Mahmoud Mustafa Busayf al-Werfalli",
            "AL-WARFELLI, Mahmoud Ali",
            "Mahmoud Ali al-Warfelli",
            "Ahmad al-Werfalli",
            "Ayman al-Zawahiri",
            "Ayman al-Zawahri",
            "George W. Bush",
            "George H. W. Bush",
            "George Bush",
            "Abd al-Rahman Ali",
            "Abdelrahman Ali",
            "Ali Hassan",
            "Ali Hussein");
    for (String a : names) {
      for (String b : names) {
        Match ab = person(a, b);
        Match ba = person(b, a);
        assertThat(ab.same()).as("%s | %s", a, b).isEqualTo(ba.same());
        assertThat(ab.rule()).as("%s | %s", a, b).isEqualTo(ba.rule());
        assertThat(ab.score()).as("%s | %s", a, b).isEqualTo(ba.score());
      }
    }
  }

  @Test
  void everyNameMatchesItself() {
    for (EntityType type : EntityType.values()) {
      for (String n : List.of("Khalifa Haftar", "LNA", "Tripoli", "Abd al-Rahman", "al-Qaeda")) {
        assertThat(matcher.match(type, n, n).rule()).isEqualTo("exact-name");
      }
    }
  }

  @Test
  void scoreOutsideTheUnitIntervalIsRejected() {
    assertThatThrownBy(() -> new Match(true, 1.5, "exact-name", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
