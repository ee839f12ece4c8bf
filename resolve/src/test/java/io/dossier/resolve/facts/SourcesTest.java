// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {

  private static Sources sources(Doc... docs) {
    return new Sources(Arrays.stream(docs).map(Doc::facts).toList());
  }

  private static Doc article(String id, String outlet) {
    return doc(id, outlet, "2017-07-24", "Text of " + id + ".");
  }

  @Test
  void documentsCountUnderTheirOutletOrElseTheirId() {
    Sources sources = sources(article("d-1", "Reuters"), doc("d-2", null, null, "Blog post."));

    assertThat(sources.name("d-1")).isEqualTo("Reuters");
    assertThat(sources.name("d-2")).isEqualTo("d-2");
    assertThat(sources.name("d-unknown")).isEqualTo("d-unknown");
    assertThat(sources.names(List.of("d-1", "d-2", "d-1"))).containsExactly("Reuters", "d-2");
  }

  @Test
  void twoDocumentsOfOneOutletAreOneIndependentSource() {
    Sources sources = sources(article("d-1", "Reuters"), article("d-2", "Reuters"));

    assertThat(sources.independent(List.of("d-1", "d-2"))).isEqualTo(1);
  }

  @Test
  void syndicatedCopyCountsAsItsOriginalOutlet() {
    Sources sources =
        sources(
            article("d-1", "Reuters"),
            article("d-2", "Karesh Times").copyOf("d-1"),
            article("d-3", "AP"));

    assertThat(sources.independentKey("d-2")).isEqualTo("Reuters");
    assertThat(sources.independent(List.of("d-1", "d-2"))).isEqualTo(1);
    assertThat(sources.independent(List.of("d-1", "d-2", "d-3"))).isEqualTo(2);
    // the copy alone still counts once, as its original
    assertThat(sources.independent(List.of("d-2"))).isEqualTo(1);
  }

  @Test
  void copyOfACopyFollowsTheChainToTheOriginal() {
    Sources sources =
        sources(
            article("d-1", "Reuters"),
            article("d-2", "Karesh Times").copyOf("d-1"),
            article("d-3", "Sahel Daily").copyOf("d-2"));

    assertThat(sources.independentKey("d-3")).isEqualTo("Reuters");
    assertThat(sources.independent(List.of("d-1", "d-2", "d-3"))).isEqualTo(1);
  }

  @Test
  void copiesOfAnOriginalOutsideTheCorpusCountOnceTogether() {
    Sources sources =
        sources(
            article("d-2", "Karesh Times").copyOf("d-missing"),
            article("d-3", "Sahel Daily").copyOf("d-missing"));

    assertThat(sources.independentKey("d-2")).isEqualTo("copy-of:d-missing");
    assertThat(sources.independent(List.of("d-2", "d-3"))).isEqualTo(1);
  }

  @Test
  void duplicateCycleEndsAtTheDocumentItself() {
    Sources sources =
        sources(article("d-1", "Reuters").copyOf("d-2"), article("d-2", "AP").copyOf("d-1"));

    assertThat(sources.independentKey("d-1")).isEqualTo("Reuters");
    assertThat(sources.independentKey("d-2")).isEqualTo("AP");
  }
}
