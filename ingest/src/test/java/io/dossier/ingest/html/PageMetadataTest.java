// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Talks resume in the harbour town | Example News # Talks resume in the harbour town",
        "Talks resume in the harbour town - Example News # Talks resume in the harbour town",
        "Libya - country profile # Libya - country profile",
        "Libya - Talks resume in the harbour town - Reuters # Libya - Talks resume in the harbour town",
        "Talks resume # Talks resume"
      })
  void siteSuffixIsStrippedFromPageTitles(String title, String expected) {
    assertThat(PageMetadata.stripSuffix(title, null, false)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "Talks resume | Example News # Talks resume",
        "Talks resume | Opinion # Talks resume | Opinion"
      })
  void openGraphTitleLosesOnlyTheSiteName(String title, String expected) {
    assertThat(PageMetadata.stripSuffix(title, "Example News", true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.example.org/a/b, example.org",
    "http://News.Example.com:8080/x, news.example.com",
    "https://example.org, example.org"
  })
  void hostWithoutWwwNamesTheOutlet(String url, String host) {
    assertThat(PageMetadata.host(url)).isEqualTo(host);
  }
}
