// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFactsTest {
  private final Doc doc =
      doc(
              "d-1",
              "Reuters",
              "2017-07-24",
              "KNA spokesman Idris Haddar met KNA commanders in Wadi Sar. Haddar left.")
          .entity("e-kna", "KNA")
          .entity("e-haddar", "Idris Haddar")
          .entity("e-wadi-sar", "Wadi Sar");

  @Test
  void idAndSourceNameComeFromTheArticle() {
    DocumentFacts facts = doc.facts();

    assertThat(facts.id()).isEqualTo("d-1");
    assertThat(facts.sourceName()).isEqualTo("Reuters");
    assertThat(doc("d-2", null, null, "Text.").facts().sourceName()).isEqualTo("d-2");
  }

  @Test
  void entityWithinGivesTheFirstLinkedMentionInsideTheSpan() {
    DocumentFacts facts = doc.facts();

    assertThat(facts.entityWithin(doc.span("KNA spokesman Idris Haddar"))).isEqualTo("e-kna");
    assertThat(facts.entityWithin(doc.span("Idris Haddar"))).isEqualTo("e-haddar");
    // a span cutting a mention in half does not contain it
    assertThat(facts.entityWithin(doc.span("Idris Hadd"))).isNull();
    assertThat(facts.entityWithin(doc.span("Haddar left"))).isNull();
  }

  @Test
  void entitiesWithinListsEachEntityOnceInMentionOrder() {
    DocumentFacts facts = doc.facts();

    assertThat(facts.entitiesWithin(doc.sentence(doc.span("met"))))
        .containsExactly("e-kna", "e-haddar", "e-wadi-sar");
    assertThat(facts.entitiesWithin(doc.span("Haddar left"))).isEmpty();
  }

  @Test
  void entityNamedPicksTheNearestMentionWrittenThatWayIgnoringCase() {
    DocumentFacts facts = doc.facts();

    assertThat(facts.entityNamed("kna", doc.span("Wadi Sar"))).isEqualTo("e-kna");
    assertThat(facts.entityNamed("Sahel Front", doc.span("Wadi Sar"))).isNull();
    Doc brothers =
        doc("d-2", "AP", "2017-07-24", "Haddar spoke first. Much later, Haddar spoke again.")
            .entity("e-idris", "Haddar", 0)
            .entity("e-salim", "Haddar", 1);
    assertThat(brothers.facts().entityNamed("Haddar", brothers.span("first"))).isEqualTo("e-idris");
    assertThat(brothers.facts().entityNamed("Haddar", brothers.span("again"))).isEqualTo("e-salim");
  }

  @Test
  void listsAreCopiedAndTheArticleIsRequired() {
    DocumentFacts facts = doc.facts();

    assertThatThrownBy(() -> facts.mentions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new DocumentFacts(null, List.of(), Map.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("article");
    assertThat(new Span(0, 3).of(facts.article().text())).isEqualTo("KNA");
  }
}
