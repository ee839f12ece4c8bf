// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static io.dossier.resolve.facts.Doc.doc;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.EntityType;
import io.dossier.model.EventType;
import io.dossier.model.Modality;
import io.dossier.model.Relation;
import io.dossier.model.RelationPredicate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationFinderTest {

  private static final Map<String, EntityType> TYPES =
      Map.of(
          "e-kna", EntityType.ORGANIZATION,
          "e-sahel", EntityType.ORGANIZATION,
          "e-un", EntityType.ORGANIZATION,
          "e-haddar", EntityType.PERSON,
          "e-mismari", EntityType.PERSON,
          "e-wadi-sar", EntityType.LOCATION,
          "e-karesh", EntityType.LOCATION);

  private static List<Relation> find(Doc... docs) {
    List<DocumentFacts> facts = Arrays.stream(docs).map(Doc::facts).toList();
    EventMerger.Result merged = new EventMerger().merge(facts, Doc::name);
    List<io.dossier.model.Claim> claims = new ClaimLinker().link(facts, merged);
    RelationFinder finder = new RelationFinder(TYPES::get);
    facts.forEach(finder::readText);
    return finder.find(facts, merged, claims);
  }

  private static String triple(Relation r) {
    return r.subject() + " " + r.predicate().wire() + " " + r.object();
  }

  @Test
  void bodyRoleBeforeAPersonSaysWhoLeads() {
    Doc d =
        doc("d-1", "Wire", "2019-04-05", "KNA commander Idris Haddar ordered the advance.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    List<Relation> found = find(d);
    assertThat(found)
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-haddar leads e-kna");
    Relation r = found.get(0);
    assertThat(r.evidence()).hasSize(1);
    assertThat(r.evidence().get(0).text()).isEqualTo("KNA commander Idris Haddar");
    assertThat(r.evidence().get(0).rule()).isEqualTo("text:body-role-person");
    assertThat(r.sources()).containsExactly("Wire");
  }

  @Test
  void appositionWithIndefiniteArticleIsMembershipNotLeadership() {
    Doc lead =
        doc("d-1", "Wire", null, "Idris Haddar, the commander of the KNA, spoke on Monday.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    Doc member =
        doc("d-2", "Blog", null, "Idris Haddar, a senior commander of the KNA, spoke.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    assertThat(find(lead))
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-haddar leads e-kna");
    assertThat(find(member))
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-haddar member_of e-kna");
  }

  @Test
  void possessiveRoleAfterTheBodyCounts() {
    Doc d =
        doc("d-1", "Wire", null, "Idris Haddar, the KNA's spokesman, denied it.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    List<Relation> found = find(d);
    assertThat(found)
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-haddar speaks_for e-kna");
    assertThat(found.get(0).evidence().get(0).text())
        .isEqualTo("Idris Haddar, the KNA's spokesman");
  }

  @Test
  void formerRolesAreNotCurrentRelations() {
    Doc d =
        doc(
                "d-1",
                "Wire",
                null,
                "Former KNA commander Idris Haddar spoke. KNA ex-spokesman Ahmed Mismari too.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-mismari", "Ahmed Mismari");
    assertThat(find(d)).isEmpty();
  }

  @Test
  void backingPhrasesGiveSupportInTheRightDirection() {
    Doc d =
        doc(
                "d-1",
                "Wire",
                null,
                "The UN-backed Sahel Front held the line. The KNA, which is backed by Karesh, advanced.")
            .entity("e-un", "UN")
            .entity("e-sahel", "Sahel Front")
            .entity("e-kna", "KNA")
            .entity("e-karesh", "Karesh");
    assertThat(find(d))
        .extracting(RelationFinderTest::triple)
        .containsExactlyInAnyOrder("e-un supports e-sahel", "e-karesh supports e-kna");
  }

  @Test
  void allianceIsSymmetricAndLoyaltyAndBackingPointFromTheBacker() {
    Doc d =
        doc(
                "d-1",
                "Wire",
                null,
                "Sahel Front-allied KNA units moved. The KNA, loyal to Idris Haddar, waited. The UN,"
                    + " which backs Sahel Front, spoke.")
            .entity("e-sahel", "Sahel Front", 0)
            .entity("e-kna", "KNA", 0)
            .entity("e-kna", "KNA", 1)
            .entity("e-haddar", "Idris Haddar")
            .entity("e-un", "UN")
            .entity("e-sahel", "Sahel Front", 1);
    List<Relation> found = find(d);
    assertThat(found)
        .extracting(RelationFinderTest::triple)
        .containsExactlyInAnyOrder(
            "e-kna allied_with e-sahel", "e-kna supports e-haddar", "e-un supports e-sahel");
    assertThat(found)
        .filteredOn(r -> r.predicate() == RelationPredicate.SUPPORTS)
        .extracting(r -> r.evidence().get(0).trigger())
        .containsExactlyInAnyOrder("loyal", "backs");
  }

  @Test
  void countriesAreLedOnlyByHeadsOfState() {
    Doc d =
        doc("d-1", "Wire", null, "Karesh president Idris Haddar met Karesh fighter Ahmed Mismari.")
            .entity("e-karesh", "Karesh")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-mismari", "Ahmed Mismari");
    assertThat(find(d))
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-haddar leads e-karesh");
  }

  @Test
  void attacksBetweenActorsAreOppositionWithTheEventAsEvidence() {
    Doc d = doc("d-1", "Wire", "2019-04-05", "The KNA attacked the Sahel Front on Friday.");
    d.entity("e-kna", "KNA").entity("e-sahel", "Sahel Front");
    d.event("attacked", EventType.ASSAULT, null).source("KNA").target("Sahel Front").add();
    Doc denied = doc("d-2", "Blog", "2019-04-06", "Haddar denied that the KNA attacked the UN.");
    denied.entity("e-kna", "KNA").entity("e-un", "UN").entity("e-haddar", "Haddar");
    denied
        .event("attacked", EventType.ASSAULT, null)
        .source("KNA")
        .target("UN")
        .modality(Modality.DENIED)
        .add();
    List<Relation> found = find(d, denied);
    assertThat(found)
        .extracting(RelationFinderTest::triple)
        .containsExactly("e-kna opposes e-sahel");
    assertThat(found.get(0).evidence().get(0).rule()).startsWith("event:ASSAULT/v-");
    assertThat(found.get(0).evidence().get(0).document()).isEqualTo("d-1");
  }

  @Test
  void spokespeopleSpeakForWhomTheyRepresent() {
    Doc d =
        doc(
            "d-1",
            "Wire",
            null,
            "\"We hold the city,\" a spokesman for the KNA, Ahmed Mismari, said.");
    d.entity("e-kna", "KNA").entity("e-mismari", "Ahmed Mismari");
    d.claim("We hold the city,").by("Ahmed Mismari", "the KNA").add();
    // the words between the two mentions do not match a text pattern; the claim does
    List<Relation> found = find(d);
    assertThat(found).extracting(RelationFinderTest::triple).contains("e-mismari speaks_for e-kna");
  }

  @Test
  void relationsMergeOverDocumentsAndCountIndependentOutlets() {
    Doc a =
        doc("d-1", "Wire", null, "KNA commander Idris Haddar spoke.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    Doc copy =
        doc("d-2", "Paper", null, "KNA commander Idris Haddar spoke.")
            .copyOf("d-1")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    Doc other =
        doc("d-3", "Radio", null, "Idris Haddar, who leads the KNA, spoke.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar");
    List<Relation> found = find(a, copy, other);
    assertThat(found).hasSize(1);
    Relation r = found.get(0);
    assertThat(r.documents()).containsExactly("d-1", "d-2", "d-3");
    assertThat(r.sources()).containsExactly("Wire", "Paper", "Radio");
    assertThat(r.independentSources()).isEqualTo(2);
    assertThat(r.id()).isEqualTo(Relation.idOf("e-haddar", RelationPredicate.LEADS, "e-kna"));
  }

  @Test
  void unrelatedNeighboursGiveNothing() {
    Doc d =
        doc("d-1", "Wire", null, "KNA and Idris Haddar met. The Sahel Front, the UN said, left.")
            .entity("e-kna", "KNA")
            .entity("e-haddar", "Idris Haddar")
            .entity("e-sahel", "Sahel Front")
            .entity("e-un", "UN");
    assertThat(find(d)).isEmpty();
  }
}
