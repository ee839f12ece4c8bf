// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.PublishedBasis;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  private static final LocalDate JULY_24 = LocalDate.of(2017, 7, 24);

  @Nested
  class ExplicitDates {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "The strike hit the depot on July 17, 2017, officials said. | 2017-07-17",
          "It happened on 17 July 2017 near the port. | 2017-07-17",
          "Monday, 17 July 2017 | 2017-07-17",
          "The report is dated 2017-07-17. | 2017-07-17",
          "Signed on Jul. 17, 2017 in the capital. | 2017-07-17",
          "Sept. 5, 2016 was the first day of talks. | 2016-09-05",
          "on the 3rd of March, 2015 | 2015-03-03",
          "JULY 24, 2017 | 2017-07-24",
          "filed 2017/07/24 | 2017-07-24",
          "on July 4 2017 | 2017-07-04",
          "The ceasefire was signed on 17/07/2017. | 2017-07-17",
          "Signed 07/17/2017 at noon. | 2017-07-17",
          "Posted 26.07.2017, 10:32 | 2017-07-26"
        })
    void fullDatesWithAYearAreFound(String text, LocalDate expected) {
      assertThat(PublicationDates.explicitDates(text))
          .singleElement()
          .extracting(DateMention::date)
          .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The ceasefire was signed on 07/08/2017.",
          "Version 1.2.2017 is out.",
          "The talks resumed on Sunday.",
          "Fighting broke out last month.",
          "Elections are due in July 2017.",
          "It happened on 17 July, the ministry said.",
          "The army may 5, 2017 troops... was a typo",
          "There is no February 30, 2017.",
          "Order 2017-13-45 was cancelled.",
          "Invoice 12017-07-17 was paid."
        })
    void ambiguousPartialRelativeOrInvalidDatesAreIgnored(String text) {
      assertThat(PublicationDates.explicitDates(text)).isEmpty();
    }

    @Test
    void mentionsCarryTheirOffsets() {
      String text = "Talks began on July 17, 2017 and ended 20 July 2017.";

      assertThat(PublicationDates.explicitDates(text))
          .extracting(m -> text.substring(m.start(), m.end()))
          .containsExactly("July 17, 2017", "20 July 2017");
    }
  }

  @Nested
  class Inference {
    @Test
    void datelineWins() {
      String body =
          "TRIPOLI, July 24, 2017 (Reuters) — Forces loyal to the eastern commander said on"
              + " Monday they had taken the port. Talks are planned for September 3, 2017.";

      assertThat(PublicationDates.inferFromText(null, body)).contains(JULY_24);
    }

    @Test
    void datelineWithDashGivesTheDate() {
      assertThat(PublicationDates.inferFromText(null, "TRIPOLI, July 24, 2017 — Fighting resumed."))
          .contains(JULY_24);
    }

    @Test
    void publishedLineCountsAsDateline() {
      String body = "Published: 24 July 2017\n\nThe talks, which began on 1 August 2017, ended.";

      assertThat(PublicationDates.inferFromText(null, body)).contains(JULY_24);
    }

    @Test
    void narrativeDateNearTheStartIsNotADateline() {
      String body =
          "On July 4, 2016, the army entered the city. A year later, on July 24, 2017, it left.";

      assertThat(PublicationDates.inferFromText(null, body)).contains(JULY_24);
    }

    @Test
    void withoutDatelineTheLatestDateWins() {
      String body =
          "x".repeat(250)
              + " The siege began on 3 March 2017. It ended on July 24, 2017, after talks that"
              + " started on 1 June 2017.";

      assertThat(PublicationDates.inferFromText(null, body)).contains(JULY_24);
    }

    @Test
    void titleDatesCount() {
      assertThat(PublicationDates.inferFromText("Talks of July 24, 2017", "The talks ended."))
          .contains(JULY_24);
    }

    @Test
    void relativeExpressionsAloneGiveNoDate() {
      String body = "Fighting resumed on Sunday. Last month, the two sides had agreed to a truce.";

      assertThat(PublicationDates.inferFromText("Fighting resumes", body)).isEmpty();
    }
  }

  @Nested
  class Decision {
    private static final String UNDATED = "The talks resumed on Sunday, a month after the truce.";
    private static final String DATED = "TRIPOLI, July 24, 2017 — The talks resumed.";

    @Test
    void metadataComesFirst() {
      assertThat(PublicationDates.decide(LocalDate.of(2017, 7, 25), JULY_24, null, DATED))
          .isEqualTo(new PublicationDate(LocalDate.of(2017, 7, 25), PublishedBasis.METADATA));
    }

    @Test
    void defaultDateCountsAsMetadataAndBeatsTheText() {
      assertThat(PublicationDates.decide(null, LocalDate.of(2017, 8, 1), null, DATED))
          .isEqualTo(new PublicationDate(LocalDate.of(2017, 8, 1), PublishedBasis.METADATA));
    }

    @Test
    void textDateIsInferred() {
      assertThat(PublicationDates.decide(null, null, null, DATED))
          .isEqualTo(new PublicationDate(JULY_24, PublishedBasis.INFERRED));
    }

    @Test
    void undatedArticleStaysUnknownInsteadOfToday() {
      assertThat(PublicationDates.decide(null, null, "Talks resume", UNDATED))
          .isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void dateAndBasisMustAgree() {
      assertThatThrownBy(() -> new PublicationDate(null, PublishedBasis.INFERRED))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new PublicationDate(JULY_24, PublishedBasis.UNKNOWN))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Parsing {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-07-24",
          "2017-07-24T10:15:30Z",
          "2017-07-24T23:59:00-04:00",
          "2017-07-24T00:30:00+02:00",
          "2017-07-24T10:15:30.123456+0000",
          "2017-07-24 10:15:30",
          "2017-07-24T10:15",
          "2017-07-24T10:15:30+02:00[Europe/Paris]",
          " 2017-07-24 "
        })
    void isoDatesAndDateTimesGiveTheDateAsWritten(String value) {
      assertThat(PublicationDates.parseIso(value)).contains(JULY_24);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"24/07/2017", "July 24, 2017", "2017-02-30", "2017-7-24", "yesterday", ""})
    void otherValuesAreNotIso(String value) {
      assertThat(PublicationDates.parseIso(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-07-24T10:15:30 GMT",
          "Mon, 24 Jul 2017 10:15:30 GMT",
          "20170724",
          "July 24, 2017 10:15 AM",
          "2017-07-24T10:15:30.000000Z"
        })
    void metadataValuesAreParsedLeniently(String value) {
      assertThat(PublicationDates.parseMetadata(value)).contains(JULY_24);
    }

    @Test
    void placeholderMetadataDatesCountAsNone() {
      assertThat(PublicationDates.parseMetadata("0001-01-01T00:00:00Z"))
          .isEqualTo(Optional.empty());
    }
  }

  @Nested
  class UrlDates {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "https://www.example.com/world/2017/07/24/port-reopens/ | 2017-07-24",
          "https://www.example.com/world/2017/07/24 | 2017-07-24",
          "https://www.example.com/world/2017/7/4/port-reopens.html | 2017-07-04",
          "https://www.example.com/world/2017/jul/24/port-reopens | 2017-07-24",
          "https://www.example.com/world/2017/July/24/port-reopens | 2017-07-24",
          "http://example.com/news/2017-07-24/port-reopens | 2017-07-24",
          "http://example.com/news/2017-07-24-port-reopens | 2017-07-24",
          "http://example.com/news/port-reopens-2017-07-24.html | 2017-07-24",
          "http://example.com/news/20170724/port-reopens | 2017-07-24",
          "http://example.com/news/port-reopens_20170724.html | 2017-07-24",
          "HTTPS://EXAMPLE.COM/2017/07/24/x | 2017-07-24",
          "https://example.com/2017/02/30/x/2017/03/01/y | 2017-03-01"
        })
    void datesInThePathAreFound(String url, LocalDate expected) {
      assertThat(PublicationDates.fromUrl(url)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://www.example.com/world/2017/07/port-reopens", // month only
          "https://www.example.com/world/2017/port-reopens",
          "https://www.example.com/story/201707241234", // a longer number: an id
          "https://www.example.com/story/20171399/", // no valid date
          "https://www.example.com/story/id-12017-07-24", // digits run on
          "https://www.example.com/search?date=2017-07-24", // query, not path
          "https://www.example.com/story#2017/07/24",
          "https://2017-07-24.example.com/story", // host
          "https://www.example.com/story/1850/07/24/", // implausible year
          "/local/2017/07/24/file.html", // not a URL
          "data/2017/07/24/x.html",
          "https://example.com"
        })
    void otherNumbersAreNoDate(String url) {
      assertThat(PublicationDates.fromUrl(url)).isEmpty();
    }

    @Test
    void metadataWinsOverTheUrlWhichWinsOverTheDefaultAndTheText() {
      String url = "https://example.com/2017/07/24/story";
      String body = "TRIPOLI, July 20, 2017 — Talks resumed.";
      LocalDate meta = LocalDate.of(2017, 7, 25);
      LocalDate fallback = LocalDate.of(2020, 1, 1);

      assertThat(PublicationDates.decide(meta, url, fallback, null, body))
          .isEqualTo(new PublicationDate(meta, PublishedBasis.METADATA));
      assertThat(PublicationDates.decide(null, url, fallback, null, body))
          .isEqualTo(new PublicationDate(JULY_24, PublishedBasis.METADATA));
      assertThat(PublicationDates.decide(null, "https://example.com/story", fallback, null, body))
          .isEqualTo(new PublicationDate(fallback, PublishedBasis.METADATA));
      assertThat(PublicationDates.decide(null, "https://example.com/story", null, null, body))
          .isEqualTo(new PublicationDate(LocalDate.of(2017, 7, 20), PublishedBasis.INFERRED));
      assertThat(PublicationDates.decide(null, null, null, null, "Talks resumed."))
          .isEqualTo(PublicationDate.UNKNOWN);
    }
  }
}
