// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.Ids;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDraftTest {

  @Test
  void paragraphsAreJoinedWithBlankLines() {
    Article article =
        new ArticleDraft("a.txt")
            .body(List.of("One.", "Two."), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(article.text()).isEqualTo("One.\n\nTwo.");
    assertThat(article.id()).isEqualTo(Ids.documentFromContent(Ids.sha256("One.\n\nTwo.")));
  }

  @Test
  void firstParagraphRepeatingTheTitleIsDropped() {
    Article article =
        new ArticleDraft("a.txt")
            .title("Talks resume")
            .body(List.of("TALKS RESUME", "Negotiators returned."), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(article.text()).isEqualTo("Negotiators returned.");
  }

  @Test
  void noBodyGivesNoArticle() {
    assertThat(
            new ArticleDraft("a.txt")
                .title("Only")
                .body(List.of("Only"), List.of())
                .build(null, null))
        .isEmpty();
  }

  @Test
  void inputValuesBeatDefaults() {
    Article article =
        new ArticleDraft("a.txt")
            .outlet("Example Wire")
            .published(LocalDate.of(2017, 7, 24))
            .language(" FR ")
            .body(List.of("Text."), List.of())
            .build("Default Outlet", LocalDate.of(2000, 1, 1))
            .orElseThrow();

    assertThat(article.outlet()).isEqualTo("Example Wire");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.language()).isEqualTo("fr");
  }

  @Test
  void blankGivenIdFallsBackToTheContentHash() {
    Article article =
        new ArticleDraft("a.txt")
            .givenId("  ")
            .body(List.of("Text."), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(article.id()).isEqualTo(Ids.documentFromContent(article.contentHash()));
  }

  private static final String SPANISH =
      "El puerto de Port Amsel reabrió el lunes tras tres semanas de cierre. Los barcos de pesca"
          + " regresaron a los muelles antes del amanecer, y el capitán del puerto dijo que el"
          + " transbordador a las islas volvería a funcionar el miércoles si el tiempo lo permite.";

  @Test
  void anUndeclaredLanguageIsIdentifiedFromTheText() {
    Article article =
        new ArticleDraft("a.txt").body(List.of(SPANISH), List.of()).build(null, null).orElseThrow();

    assertThat(article.language()).isEqualTo("es");
  }

  @Test
  void aDeclaredLanguageIsKept() {
    Article article =
        new ArticleDraft("a.txt")
            .language("EN")
            .body(List.of(SPANISH), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void aShortTextWithoutADeclaredLanguageGetsTheDefault() {
    Article article =
        new ArticleDraft("a.txt")
            .body(List.of("El puerto reabrió el lunes."), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(article.language()).isEqualTo(ArticleDraft.DEFAULT_LANGUAGE);
  }

  @Test
  void aDateInTheUrlOrTheSourceIsMetadata() {
    Article fromUrl =
        new ArticleDraft("saved/page.html")
            .url("https://example.com/world/2017/07/24/port-reopens")
            .body(List.of("The port reopened on July 20, 2017."), List.of())
            .build(null, LocalDate.of(2020, 1, 1))
            .orElseThrow();
    Article fromSource =
        new ArticleDraft("https://example.com/world/2017-07-24/port-reopens")
            .body(List.of("The port reopened."), List.of())
            .build(null, null)
            .orElseThrow();

    assertThat(fromUrl.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(fromUrl.publishedBasis()).isEqualTo(io.dossier.model.PublishedBasis.METADATA);
    assertThat(fromSource.published()).isEqualTo(LocalDate.of(2017, 7, 24));
  }
}
