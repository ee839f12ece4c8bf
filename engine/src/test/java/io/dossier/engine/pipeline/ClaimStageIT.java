// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.LocalEntity;
import io.dossier.model.Modality;
import io.dossier.model.PublishedBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real CoreNLP, entities and claims on an invented article. */
class ClaimStageIT {

  private static final String TEXT =
      "Fighting resumes near Tarsa.\n\n"
          + "Commander Omar Belkadi said on Monday that his forces had taken the bridge at Tarsa.\n\n"
          + "“We will not retreat,” he told reporters, “and the convoy will pass.”\n\n"
          + "The Northern Front denied that it had lost the bridge, according to Reuters.";

  private static ArticleProcessor processor;

  @BeforeAll
  static void build() {
    List<ExtractionStage> stages = List.of(new EntityStage(), new ClaimStage());
    processor =
        new ArticleProcessor(CoreNlpStage.create(ArticleProcessor.requiredLayers(stages)), stages);
  }

  private static DocumentAnalysis analyse() {
    Article article =
        new Article(
            "d-claims",
            "test",
            null,
            null,
            LocalDate.of(2031, 3, 4),
            PublishedBasis.METADATA,
            "en",
            TEXT,
            List.of(),
            null,
            "h",
            null);
    return processor.process(article);
  }

  private static String text(ClaimMention c) {
    return String.join(" // ", c.pieces().stream().map(s -> s.of(TEXT)).toList());
  }

  @Test
  void findsIndirectDirectAndDeniedClaimsWithSpeakers() {
    DocumentAnalysis analysis = analyse();
    List<ClaimMention> claims = analysis.claims();

    ClaimMention indirect =
        claims.stream()
            .filter(c -> text(c).contains("had taken the bridge"))
            .findFirst()
            .orElseThrow();
    assertThat(indirect.kind()).isEqualTo(ClaimKind.INDIRECT);
    assertThat(indirect.speaker()).isNotNull();
    assertThat(indirect.speaker().name()).contains("Belkadi");
    LocalEntity belkadi =
        analysis.entities().stream()
            .filter(e -> e.name().contains("Belkadi"))
            .findFirst()
            .orElseThrow();
    assertThat(indirect.speaker().entity()).isEqualTo(belkadi.index());

    ClaimMention quote =
        claims.stream()
            .filter(c -> text(c).contains("We will not retreat"))
            .findFirst()
            .orElseThrow();
    assertThat(quote.kind()).isEqualTo(ClaimKind.DIRECT);
    assertThat(quote.pieces()).hasSize(2);
    assertThat(text(quote)).isEqualTo("“We will not retreat,” // “and the convoy will pass.”");
    assertThat(quote.speaker().basis()).isEqualTo("pronoun-to-nearest-named");
    assertThat(quote.speaker().entity()).isEqualTo(belkadi.index());

    ClaimMention denial =
        claims.stream()
            .filter(c -> text(c).contains("lost the bridge"))
            .filter(c -> c.modality() == Modality.DENIED)
            .findFirst()
            .orElseThrow();
    assertThat(denial.speaker().name()).contains("Northern Front");
    assertThat(denial.via()).containsExactly("Reuters");

    for (ClaimMention c : claims) {
      assertThat(c.provenance().document()).isEqualTo("d-claims");
      assertThat(c.span().of(TEXT)).isNotBlank();
    }
  }
}
