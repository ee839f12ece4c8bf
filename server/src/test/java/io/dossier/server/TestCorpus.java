// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.Engine;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Ids;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.store.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small store built by hand, with the resolver's real blocking keys: Khalifa Haftar and a
 * separate "Khalifa Hifter" (a spelling resolution did not link, for merging), the LNA, places, and
 * one article whose text, title and outlet are hostile markup.
 */
final class TestCorpus {

  static final EntityHead HAFTAR = new EntityHead("e-haftar", EntityType.PERSON, "Khalifa Haftar");
  static final EntityHead HIFTER = new EntityHead("e-hifter", EntityType.PERSON, "Khalifa Hifter");
  static final EntityHead LNA =
      new EntityHead("e-lna", EntityType.ORGANIZATION, "Libyan National Army");
  static final EntityHead BENGHAZI = new EntityHead("e-benghazi", EntityType.LOCATION, "Benghazi");
  static final EntityHead TOBRUK = new EntityHead("e-tobruk", EntityType.LOCATION, "Tobruk");
  static final EntityHead HADDAR = new EntityHead("e-haddar", EntityType.PERSON, "Idris Haddar");

  static final String HOSTILE_TITLE = "<script>document.title='pwned';window.pwned=1</script> Raid";
  static final String HOSTILE_TEXT =
      "Idris Haddar <img src=x onerror=\"document.title='pwned';window.pwned=2\"> met envoys.\n\n"
          + "<script>document.title='pwned';window.pwned=3</script> Haddar left."
          + " <a href=\"javascript:window.pwned=4\">details</a>"
          + " <svg onload=\"window.pwned=5\"></svg> <iframe src=\"javascript:parent.pwned=6\">"
          + "</iframe> javascript:alert(1) \"><b onmouseover=\"window.pwned=7\">bold</b>";

  private TestCorpus() {}

  /** Commits every document of the corpus into {@code kb}. */
  static void fill(KnowledgeBase kb) {
    Article first =
        article(
            "d-benghazi",
            "VOA",
            "Haftar advances on Benghazi",
            LocalDate.of(2017, 7, 24),
            "Field Marshal Khalifa Haftar met officials in Benghazi on July 17, 2017. Haftar said"
                + " the Libyan National Army (LNA) would advance.");
    commit(
        kb,
        first,
        List.of(HAFTAR, BENGHAZI, LNA),
        mention(first, HAFTAR, "Khalifa Haftar", 0, "Field Marshal", "canonical"),
        mention(first, BENGHAZI, "Benghazi", 0, null, "canonical"),
        mention(first, HAFTAR, "Haftar", 1, null, "surname-of-full-name"),
        mention(first, LNA, "Libyan National Army", 0, null, "canonical"),
        mention(first, LNA, "LNA", 0, null, "acronym-defined-in-text"));
    Article second =
        article(
            "d-tobruk",
            "Al Jazeera",
            "Hifter flies to Tobruk",
            LocalDate.of(2017, 8, 2),
            "Khalifa Hifter flew to Tobruk. Hifter met tribal leaders of the LNA there.");
    commit(
        kb,
        second,
        List.of(HIFTER, TOBRUK),
        mention(second, HIFTER, "Khalifa Hifter", 0, null, "canonical"),
        mention(second, TOBRUK, "Tobruk", 0, null, "canonical"),
        mention(second, HIFTER, "Hifter", 1, null, "surname-of-full-name"),
        mention(second, LNA, "LNA", 0, null, "acronym-initials"));
    Article third =
        article(
            "d-cairo",
            "VOA",
            "Haftar in Cairo",
            LocalDate.of(2017, 8, 10),
            "General Khalifa Haftar visited Cairo. Haftar met Egyptian officials; Haftar returned"
                + " to Benghazi.");
    commit(
        kb,
        third,
        List.of(),
        mention(third, HAFTAR, "Khalifa Haftar", 0, "General", "exact-name"),
        mention(third, HAFTAR, "Haftar", 1, null, "surname-of-full-name"),
        mention(third, HAFTAR, "Haftar", 2, null, "surname-of-full-name"),
        mention(third, BENGHAZI, "Benghazi", 0, null, "exact-name"));
    Article hostile =
        new Article(
            "d-hostile",
            "hostile.html",
            "Evil <b>Outlet</b>",
            HOSTILE_TITLE,
            LocalDate.of(2017, 7, 20),
            PublishedBasis.METADATA,
            "en",
            HOSTILE_TEXT,
            List.of("<iframe src=x></iframe> Subscribe"),
            null,
            Ids.sha256(HOSTILE_TEXT),
            null);
    commit(
        kb,
        hostile,
        List.of(HADDAR),
        mention(hostile, HADDAR, "Idris Haddar", 0, null, "canonical"),
        mention(hostile, HADDAR, "Haddar", 1, "Field <i>Marshal</i>", "surname-of-full-name"));
  }

  static Article article(String id, String outlet, String title, LocalDate published, String text) {
    return new Article(
        id,
        "corpus/" + id + ".txt",
        outlet,
        title,
        published,
        PublishedBasis.METADATA,
        "en",
        text,
        List.of(),
        null,
        Ids.sha256(text),
        null);
  }

  static ResolvedMention mention(
      Article a,
      EntityHead entity,
      String surface,
      int occurrence,
      @Nullable String title,
      String rule) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = a.text().indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + surface + "' #" + occurrence + " not in text");
      }
    }
    return new ResolvedMention(
        entity.id(), a.id(), new Span(at, at + surface.length()), surface, title, rule);
  }

  /** Commits one document with the resolver's keys for every entity it mentions. */
  static void commit(
      KnowledgeBase kb, Article a, List<EntityHead> created, ResolvedMention... mentions) {
    List<ResolvedMention> sorted = new ArrayList<>(List.of(mentions));
    sorted.sort(java.util.Comparator.comparing(ResolvedMention::span));
    Set<EntityKey> keys = new LinkedHashSet<>();
    for (ResolvedMention m : sorted) {
      EntityHead head = headOf(m.entity());
      keys.addAll(Engine.standardResolver().keys(head, List.of(head.name(), m.text())));
    }
    kb.commit(
        new ResolvedDocument(
            new DocumentAnalysis(a, List.of(), List.of()), created, sorted, List.copyOf(keys)));
  }

  private static EntityHead headOf(String id) {
    for (EntityHead h : List.of(HAFTAR, HIFTER, LNA, BENGHAZI, TOBRUK, HADDAR)) {
      if (h.id().equals(id)) {
        return h;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
