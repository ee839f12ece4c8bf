// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = LanguageIdentifier.standard();

  // Invented news snippets, a few sentences each, written for this test.
  static final String ENGLISH =
      "The harbour of Port Amsel reopened on Monday after three weeks of closure. Fishing boats"
          + " returned to the quays before dawn, and the harbour master said that the ferry to the"
          + " islands would run again from Wednesday if the weather allowed it.";
  static final String FRENCH =
      "Le port de Port Amsel a rouvert lundi après trois semaines de fermeture. Les bateaux de"
          + " pêche sont revenus aux quais avant l'aube, et le capitaine du port a déclaré que le"
          + " traversier vers les îles reprendrait mercredi si le temps le permettait.";
  static final String SPANISH =
      "El puerto de Port Amsel reabrió el lunes tras tres semanas de cierre. Los barcos de pesca"
          + " regresaron a los muelles antes del amanecer, y el capitán del puerto dijo que el"
          + " transbordador a las islas volvería a funcionar el miércoles si el tiempo lo permite.";
  static final String GERMAN =
      "Der Hafen von Port Amsel wurde am Montag nach drei Wochen Schließung wieder geöffnet. Die"
          + " Fischerboote kehrten vor der Morgendämmerung an die Kais zurück, und der Hafenmeister"
          + " sagte, die Fähre zu den Inseln werde ab Mittwoch wieder fahren, wenn das Wetter es"
          + " zulasse.";
  static final String ARABIC =
      "أعيد فتح ميناء المدينة يوم الاثنين بعد ثلاثة أسابيع من الإغلاق. وعادت قوارب الصيد إلى"
          + " الأرصفة قبل الفجر، وقال مدير الميناء إن العبارة إلى الجزر ستعود للعمل يوم الأربعاء"
          + " إذا سمح الطقس بذلك.";

  @Test
  void englishNewsIsEnglish() {
    assertThat(identifier.identify(ENGLISH)).contains("en");
  }

  @ParameterizedTest
  @CsvSource({"fr, FRENCH", "es, SPANISH", "de, GERMAN", "ar, ARABIC"})
  void otherLanguagesAreRecognised(String code, String sample) throws Exception {
    String text = (String) LanguageIdentifierTest.class.getDeclaredField(sample).get(null);
    assertThat(identifier.identify(text)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "Le port a rouvert.", // a short French sentence: too little to be sure
        "Haftar said no.",
        "Benghazi, Tripoli, Misrata, Sirte",
        "12 345 678 — 2017-07-24 — 99 %",
        "https://example.com/a/very/long/path/that/is/not/language/at/all/2017/07/24"
      })
  void shortTextsGiveNoAnswer(String text) {
    assertThat(identifier.identify(text)).isEmpty();
  }

  @Test
  void theAnswerIsTheSameEveryTime() {
    String mixed = ENGLISH + " " + FRENCH;
    String first = identifier.identify(mixed).orElse("none");
    for (int i = 0; i < 5; i++) {
      assertThat(identifier.identify(mixed).orElse("none")).isEqualTo(first);
    }
  }
}
