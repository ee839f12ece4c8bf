// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static io.dossier.model.EntityType.LOCATION;
import static io.dossier.model.EntityType.ORGANIZATION;
import static io.dossier.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationKeysTest {

  private static void sameKey(String... words) {
    String key = TransliterationKeys.tokenKey(words[0]);
    assertThat(Arrays.stream(words).map(TransliterationKeys::tokenKey))
        .as("keys of %s", Arrays.toString(words))
        .containsOnly(key);
  }

  @Test
  void vowelVariantsOfHaftarShareOneKey() {
    sameKey("Haftar", "Hifter", "Heftir", "Hiftar", "Hafter");
    assertThat(TransliterationKeys.skeleton("Hifter")).isEqualTo("hftr");
  }

  @Test
  void consonantClassesAndDoublingOfGaddafiShareOneKey() {
    sameKey("Gaddafi", "Gadhafi", "Qaddafi", "Kadhafi", "Qadhafi", "Gadaffi", "Gheddafi");
  }

  @Test
  void doubledConsonantsAndVowelsCollapse() {
    sameKey("Serraj", "Sarraj", "Sarradj");
    sameKey("Werfalli", "Warfalli", "Werfelli");
    sameKey("Muammar", "Moammar", "Moamer", "Mu'ammar", "Mu’ammar", "Muʿammar");
  }

  @Test
  void diacriticsAndTransliterationLettersFold() {
    sameKey("Ḥaftar", "Haftar");
    sameKey("Šarif", "Sharif");
    assertThat(TransliterationKeys.fold("Ḫālid")).isEqualTo("khalid");
  }

  @Test
  void otherTransliterationClassesAreEquivalent() {
    sameKey("Yusuf", "Youssef", "Yousef");
    sameKey("Jawad", "Javad");
    sameKey("Lavrov", "Lawrow");
    sameKey("Medvedev", "Medwedew");
    sameKey("Gorbachev", "Gorbatschow");
    sameKey("Alexei", "Aleksei", "Alexey", "Aleksey");
    sameKey("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij");
    sameKey("Fatima", "Fatimah");
    sameKey("Ahmadinejad", "Ahmadinezhad");
    sameKey("Philip", "Filip");
  }

  @Test
  void wAfterAVowelMayAlsoBeReadAsPartOfTheVowel() {
    assertThat(TransliterationKeys.tokenKey("Dawud")).isEqualTo("davad");
    for (String[] pair :
        new String[][] {{"Dawud", "Daoud"}, {"Dawood", "Daud"}, {"Rowhani", "Rouhani"}}) {
      assertThat(TransliterationKeys.vowelsCompatible(pair[0], pair[1], true))
          .as("%s ~ %s", pair[0], pair[1])
          .isTrue();
    }
    assertThat(TransliterationKeys.keys(PERSON, "Hassan Rowhani"))
        .contains("p:hasan ravhana", "p:hasan rahana", "s:rahana");
    assertThat(TransliterationKeys.vowelsCompatible("Wissam", "Issam", true)).isFalse();
  }

  @Test
  void khStaysApartFromHAndK() {
    assertThat(TransliterationKeys.tokenKey("Khalid"))
        .isNotEqualTo(TransliterationKeys.tokenKey("Halid"));
    assertThat(TransliterationKeys.tokenKey("Khalid"))
        .isNotEqualTo(TransliterationKeys.tokenKey("Kalid"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(TransliterationKeys.tokenKey("Mahmoud")).isEqualTo("mahmad");
    assertThat(TransliterationKeys.tokenKey("Muhammad")).isEqualTo("mahamad");
    assertThat(TransliterationKeys.tokenKey("Mohammed")).isEqualTo("mahamad");
    assertThat(TransliterationKeys.tokenKey("Ahmad")).isEqualTo("ahmad");
  }

  @Test
  void vowelCompatibilitySeparatesNamesTheKeyConflates() {
    assertThat(TransliterationKeys.tokenKey("Hassan"))
        .isEqualTo(TransliterationKeys.tokenKey("Hussein"));
    assertThat(TransliterationKeys.vowelsCompatible("Hassan", "Hussein", false)).isFalse();
    assertThat(TransliterationKeys.vowelsCompatible("Haftar", "Hifter", false)).isTrue();
    assertThat(TransliterationKeys.vowelsCompatible("Haftar", "Hifter", true)).isFalse();
    assertThat(TransliterationKeys.vowelsCompatible("Muammar", "Moamer", true)).isTrue();
    assertThat(TransliterationKeys.vowelsCompatible("Oman", "Amman", true)).isFalse();
    assertThat(TransliterationKeys.vowelsCompatible("Yusuf", "Youssef", true)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "Mahmoud al-Werfalli, mahmoud werfalli",
    "Mahmoud el-Werfalli, mahmoud werfalli",
    "Mahmoud Al Werfalli, mahmoud werfalli",
    "Mahmoud AL-WERFALLI, mahmoud werfalli",
    "Mahmoud ad-Werfalli, mahmoud werfalli",
    "Fathi ash-Sharif, fathi sharif",
    "Salem az-Zawi, salem zawi",
  })
  void particlesAreRemovedInAnyCase(String name, String tokens) {
    assertThat(String.join(" ", TransliterationKeys.tokens(PERSON, name))).isEqualTo(tokens);
  }

  @Test
  void abdJoinsItsParticleAndTheNextName() {
    for (String name :
        new String[] {"Abd al-Rahman", "Abdel Rahman", "Abdul Rahman", "Abdelrahman"}) {
      assertThat(TransliterationKeys.tokens(PERSON, name)).as(name).containsExactly("abdrahman");
    }
    assertThat(TransliterationKeys.tokenKey("abdrrahman"))
        .isEqualTo(TransliterationKeys.nameKey(PERSON, "Abdurrahman"));
    assertThat(TransliterationKeys.tokens(PERSON, "Abdullah")).containsExactly("abdlah");
    assertThat(TransliterationKeys.nameKey(PERSON, "Abdallah"))
        .isEqualTo(TransliterationKeys.nameKey(PERSON, "Abdulla"));
  }

  @Test
  void binAndIbnStayAsPartOfTheSurname() {
    assertThat(TransliterationKeys.tokens(PERSON, "Osama bin Laden"))
        .containsExactly("osama", "binladen");
    assertThat(TransliterationKeys.personKey("Usama Ibn Ladin"))
        .isEqualTo(TransliterationKeys.personKey("Osama bin Laden"));
    assertThat(TransliterationKeys.tokens(PERSON, "Bin Laden")).containsExactly("binladen");
    assertThat(TransliterationKeys.tokens(PERSON, "Ben Smith")).containsExactly("ben", "smith");
  }

  @Test
  void aLeadingCapitalisedAlIsAGivenName() {
    assertThat(TransliterationKeys.tokens(PERSON, "Al Gore")).containsExactly("al", "gore");
    assertThat(TransliterationKeys.tokens(PERSON, "al Sarraj")).containsExactly("sarraj");
  }

  @Test
  void surnameFirstWithCommaOrCapitalsIsPutInGivenNameOrder() {
    assertThat(TransliterationKeys.tokens(PERSON, "AL-WARFELLI, Mahmoud Ali"))
        .containsExactly("mahmoud", "ali", "warfelli");
    assertThat(TransliterationKeys.tokens(PERSON, "HAFTAR Khalifa"))
        .containsExactly("khalifa", "haftar");
    assertThat(TransliterationKeys.tokens(PERSON, "KHALIFA HAFTAR"))
        .containsExactly("khalifa", "haftar");
    assertThat(TransliterationKeys.tokens(PERSON, "Khalifa HAFTAR"))
        .containsExactly("khalifa", "haftar");
  }

  @Test
  void personKeyIgnoresWordOrderAndMiddleNames() {
    String key = TransliterationKeys.personKey("Khalifa Haftar");
    assertThat(TransliterationKeys.personKey("Haftar Khalifa")).isEqualTo(key);
    assertThat(TransliterationKeys.personKey("Khalifa Belqasim Hifter")).isEqualTo(key);
    assertThat(TransliterationKeys.personKey("Haftar")).isEmpty();
    assertThat(TransliterationKeys.surnameKey("al-Hifter")).isEqualTo("haftar");
  }

  @Test
  void initialsSkipOrKeepFunctionWords() {
    assertThat(TransliterationKeys.initials("Libyan National Army")).containsExactly("lna");
    assertThat(TransliterationKeys.initials("United Nations Support Mission in Libya"))
        .contains("unsmil", "unsml");
    assertThat(TransliterationKeys.initials("United Nations")).containsExactly("un");
    assertThat(TransliterationKeys.initials("Islamic State of Iraq and the Levant"))
        .contains("isil");
    assertThat(TransliterationKeys.initials("Hamas")).isEmpty();
    assertThat(TransliterationKeys.initials("LNA")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "LNA, true",
    "U.N., true",
    "UNSMIL, true",
    "HoR, true",
    "Hamas, false",
    "L, false",
    "ABCDEFGHI, false",
    "Libyan National Army, false"
  })
  void acronymShape(String name, boolean acronym) {
    assertThat(TransliterationKeys.isAcronym(name)).isEqualTo(acronym);
  }

  @Test
  void personKeysArePrefixedByKind() {
    assertThat(TransliterationKeys.keys(PERSON, "Khalifa Hifter"))
        .containsExactly(
            "n:khalifa hifter", "p:haftar xalafa", "k:hftr xlf", "s:haftar", "g:xalafa");
    assertThat(TransliterationKeys.keys(PERSON, "al-Hifter"))
        .containsExactly("n:al hifter", "s:haftar");
  }

  @Test
  void organisationKeysHaveNameSkeletonInitialsOrAcronym() {
    assertThat(TransliterationKeys.keys(ORGANIZATION, "the Libyan National Army"))
        .containsExactly(
            "n:libyan national army", "v:laban natanal arma", "k:lbn ntnl rm", "i:lna");
    assertThat(TransliterationKeys.keys(ORGANIZATION, "U.N.")).containsExactly("n:u n", "a:un");
    assertThat(TransliterationKeys.keys(LOCATION, "Tripoli"))
        .containsExactly("n:tripoli", "v:trapala", "k:trpl");
  }
}
