// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import static io.dossier.spark.Articles.article;
import static io.dossier.spark.Articles.org;
import static io.dossier.spark.Articles.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.engine.Engine;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.InMemoryCandidates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form that carries model records between the job's stages gives back equal records. */
class CodecTest {

  @Test
  void analysedAndResolvedDocumentsRoundTrip() {
    DocumentAnalysis analysis =
        article("d1", person("Khalifa Haftar", "Haftar"), org("Libyan National Army", "LNA"));
    Article a = analysis.article();
    Article dated =
        new Article(
            a.id(),
            a.source(),
            "Outlet",
            "Title",
            LocalDate.of(2017, 7, 24),
            PublishedBasis.METADATA,
            a.language(),
            a.text(),
            List.of("Subscribe now"),
            null,
            a.contentHash(),
            "d-0");
    analysis = analysis.withArticle(dated);
    ResolvedDocument resolved =
        Engine.standardResolver().resolve(analysis, new InMemoryCandidates());

    assertThat(Codec.read(Codec.write(analysis), DocumentAnalysis.class)).isEqualTo(analysis);
    assertThat(Codec.read(Codec.write(resolved), ResolvedDocument.class)).isEqualTo(resolved);
  }
}
