// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Claim;
import io.dossier.model.EntityType;
import io.dossier.model.EventType;
import io.dossier.model.Modality;
import io.dossier.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compacted documents (no whole text, fewer mentions) merge and link exactly as full ones. */
class CompactFactsTest {

  private static List<DocumentFacts> corpus() {
    Doc voa =
        doc(
            "d-voa",
            "VOA",
            "2017-07-24",
            "KNA fighters executed 18 prisoners in Wadi Sar on Sunday, Human Rights Watch said. "
                + "\"We deny it,\" a spokesman for the KNA, Idris Haddar, said.");
    voa.entity("e-kna", "KNA", 0)
        .entity("e-wadi-sar", "Wadi Sar")
        .entity("e-hrw", "Human Rights Watch")
        .entity("e-haddar", "Idris Haddar")
        .entity("e-kna", "KNA", 1);
    voa.event("executed", EventType.ASSAULT, "execution")
        .source("KNA")
        .in("Wadi Sar")
        .on("2017-07-23")
        .killed("18", 18)
        .add();
    voa.claim("We deny it,").by("Idris Haddar", "the KNA").modality(Modality.DENIED).add();
    Doc obs =
        doc(
            "d-obs",
            "Observer",
            "2017-07-25",
            "The Sahel Front said KNA fighters executed 20 prisoners in Wadi Sar. The UN"
                + " condemned the executions.");
    obs.entity("e-sahel", "Sahel Front")
        .entity("e-kna", "KNA")
        .entity("e-wadi-sar", "Wadi Sar")
        .entity("e-un", "UN");
    int incident =
        obs.event("executed", EventType.ASSAULT, "execution")
            .source("KNA")
            .in("Wadi Sar")
            .killed("20", 20)
            .add();
    obs.event("condemned", EventType.DISAPPROVE, null).source("UN").respondsTo(incident).add();
    obs.claim("KNA fighters executed 20 prisoners in Wadi Sar").by("Sahel Front").add();
    return List.of(voa.facts(), obs.facts());
  }

  @Test
  void compactFactsMergeLinkAndRelateLikeFullOnes() {
    List<DocumentFacts> full = corpus();
    List<DocumentFacts> compact = full.stream().map(DocumentFacts::compact).toList();
    assertThat(compact).allSatisfy(d -> assertThat(d.article().text()).isEmpty());
    assertThat(compact.get(0).mentions()).hasSizeLessThan(full.get(0).mentions().size());

    EventMerger.Result a = new EventMerger().merge(full, Doc::name);
    EventMerger.Result b = new EventMerger().merge(compact, Doc::name);
    assertThat(b.events()).isEqualTo(a.events());
    assertThat(a.events().get(0).fatalities()).isNotNull();

    List<Claim> ca = new ClaimLinker().link(full, a);
    List<Claim> cb = new ClaimLinker().link(compact, b);
    assertThat(cb).isEqualTo(ca);
    assertThat(ca.get(0).onBehalfOfEntity()).isEqualTo("e-kna");

    RelationFinder fa =
        new RelationFinder(
            id -> id.equals("e-haddar") ? EntityType.PERSON : EntityType.ORGANIZATION);
    full.forEach(fa::readText);
    RelationFinder fb =
        new RelationFinder(
            id -> id.equals("e-haddar") ? EntityType.PERSON : EntityType.ORGANIZATION);
    full.forEach(fb::readText);
    List<Relation> ra = fa.find(full, a, ca);
    List<Relation> rb = fb.find(compact, b, cb);
    assertThat(rb).isEqualTo(ra).isNotEmpty();
  }
}
