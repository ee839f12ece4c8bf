// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quotes(String text) {
    return QuoteFinder.find(text).stream().map(q -> q.span().of(text)).toList();
  }

  @Test
  void curlyStraightAndDoubledApostropheQuotesAreFound() {
    assertThat(quotes("He said “no” and “yes.”")).containsExactly("“no”", "“yes.”");
    assertThat(quotes("\"We stay,\" he said. \"We fight.\""))
        .containsExactly("\"We stay,\"", "\"We fight.\"");
    assertThat(quotes("''We stay,'' Ms. Hadi said.")).containsExactly("''We stay,''");
  }

  @Test
  void apostrophesInsideWordsAreNotQuotes() {
    assertThat(quotes("The rebels' convoy didn't stop.")).isEmpty();
  }

  @Test
  void unclosedQuoteRunsToParagraphEndOnlyWhenTheNextParagraphOpensWithAQuote() {
    String continued = "“We will stay.\n\n“And we will win,” he said.";
    assertThat(quotes(continued)).containsExactly("“We will stay.", "“And we will win,”");
    String stray = "A “stray mark here.\n\nNext paragraph.";
    assertThat(quotes(stray)).isEmpty();
  }

  @Test
  void quotesNeverCrossAParagraphBreak() {
    String text = "He said \"one.\n\nTwo\" words.";
    assertThat(quotes(text)).isEmpty();
  }
}
