// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.Engine;
import io.dossier.engine.facts.FactResolution;
import io.dossier.model.ActorRole;
import io.dossier.model.Article;
import io.dossier.model.CasualtyCount;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.DatePrecision;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Geocode;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import io.dossier.store.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  static final EntityHead DERNA = new EntityHead("e-derna", EntityType.LOCATION, "Derna");

  static final String VOA_RAID =
      "LNA fighters killed 12 civilians in Derna on July 21, 2017, officials said. Khalifa Haftar"
          + " said the strike hit only militants.";
  static final String OBSERVER_RAID =
      "LNA fighters killed 15 civilians in Derna on July 21, 2017, a monitor said. Residents"
          + " protested in Derna on July 22, 2017. The LNA denied it killed civilians.";
  static final String AFP_RAID = "Khalifa Haftar said the strike hit only militants.";

  /** A hostile actor, place and speaker as written in an article's text. */
  static final String HOSTILE_ACTOR = "Gunmen<script>window.pwned=8</script>";

  static final String HOSTILE_PLACE = "Sirte<img src=x onerror=\"window.pwned=9\">";
  static final String HOSTILE_SPEAKER = "Omar<svg onload=\"window.pwned=10\">";
  static final String HOSTILE_FACTS =
      HOSTILE_ACTOR
          + " attacked "
          + HOSTILE_PLACE
          + " on July 19, 2017, said "
          + HOSTILE_SPEAKER
          + ".";

  private static final Geocode DERNA_POINT =
      new Geocode("Derna", 32.767, 22.6367, "LY", 87205, "only-candidate");

  private TestCorpus() {}

  /**
   * The corpus of {@link #fill} plus three reports of a raid on Derna with their event and claim
   * mentions (two outlets disagreeing on the toll, a protest responding to it, Haftar's claim
   * carried by two outlets, a denial), and the merged events and linked claims built from them by
   * the engine's {@link FactResolution}.
   */
  static void fillWithFacts(KnowledgeBase kb) {
    fill(kb);
    Article voa =
        article("d-derna-voa", "VOA", "Raid on Derna", LocalDate.of(2017, 7, 22), VOA_RAID);
    commitFacts(
        kb,
        voa,
        List.of(DERNA),
        List.of(killing(voa, 12)),
        List.of(
            claim(
                voa,
                "LNA fighters killed 12 civilians in Derna on July 21, 2017",
                "officials",
                null,
                "said",
                Modality.REPORTED,
                List.of()),
            claim(
                voa,
                "the strike hit only militants",
                "Khalifa Haftar",
                0,
                "said",
                Modality.REPORTED,
                List.of())),
        mention(voa, LNA, "LNA", 0, null, "acronym"),
        mention(voa, DERNA, "Derna", 0, null, "canonical"),
        mention(voa, HAFTAR, "Khalifa Haftar", 0, null, "exact-name"));
    Article observer =
        article(
            "d-derna-obs",
            "Observer",
            "Derna toll rises",
            LocalDate.of(2017, 7, 23),
            OBSERVER_RAID);
    EventMention protest =
        new EventMention(
            new Provenance(observer.id(), span(observer, "protested", 0), "fake", "1"),
            "protested",
            sentence(observer, "Residents protested"),
            EventType.PROTEST,
            null,
            List.of(),
            new EventDate("2017-07-22", DatePrecision.DAY, "on July 22, 2017", null),
            new EventPlace("Derna", span(observer, "Derna", 1), 1, "in"),
            null,
            null,
            Modality.ASSERTED,
            List.of(),
            0);
    commitFacts(
        kb,
        observer,
        List.of(),
        List.of(killing(observer, 15), protest),
        List.of(
            claim(
                observer,
                "LNA fighters killed 15 civilians in Derna on July 21, 2017",
                "a monitor",
                null,
                "said",
                Modality.REPORTED,
                List.of("reportedly")),
            claim(
                observer,
                "it killed civilians",
                "The LNA",
                0,
                "denied",
                Modality.DENIED,
                List.of())),
        mention(observer, LNA, "LNA", 0, null, "acronym"),
        mention(observer, DERNA, "Derna", 0, null, "canonical"),
        mention(observer, DERNA, "Derna", 1, null, "canonical"),
        mention(observer, LNA, "LNA", 1, null, "acronym"));
    Article afp =
        article("d-derna-afp", "AFP", "Haftar on Derna", LocalDate.of(2017, 7, 24), AFP_RAID);
    commitFacts(
        kb,
        afp,
        List.of(),
        List.of(),
        List.of(
            claim(
                afp,
                "the strike hit only militants",
                "Khalifa Haftar",
                0,
                "said",
                Modality.REPORTED,
                List.of())),
        mention(afp, HAFTAR, "Khalifa Haftar", 0, null, "exact-name"));
    Article hostile =
        new Article(
            "d-hostile-facts",
            "hostile-facts.html",
            "Evil <b>Outlet</b>",
            "<img src=x onerror=\"window.pwned=11\"> Clash",
            LocalDate.of(2017, 7, 20),
            io.dossier.model.PublishedBasis.METADATA,
            "en",
            HOSTILE_FACTS,
            List.of(),
            null,
            io.dossier.model.Ids.sha256(HOSTILE_FACTS),
            null);
    EventMention clash =
        new EventMention(
            new Provenance(hostile.id(), span(hostile, "attacked", 0), "fake", "1"),
            "attacked",
            new Span(0, HOSTILE_FACTS.length()),
            EventType.FIGHT,
            "<i>raid</i>",
            List.of(
                new EventActor(
                    ActorRole.SOURCE, HOSTILE_ACTOR, span(hostile, HOSTILE_ACTOR, 0), null)),
            new EventDate("2017-07-19", DatePrecision.DAY, "on July 19, 2017 <b>bold</b>", null),
            new EventPlace(HOSTILE_PLACE, span(hostile, HOSTILE_PLACE, 0), null, "in"),
            null,
            null,
            Modality.ASSERTED,
            List.of(),
            null);
    commitFacts(
        kb,
        hostile,
        List.of(),
        List.of(clash),
        List.of(
            claim(
                hostile,
                HOSTILE_ACTOR + " attacked " + HOSTILE_PLACE,
                HOSTILE_SPEAKER,
                null,
                "said",
                Modality.REPORTED,
                List.of("<u>reportedly</u>"))));
    new FactResolution(kb).refresh();
  }

  private static EventMention killing(Article a, int killed) {
    return new EventMention(
        new Provenance(a.id(), span(a, "killed", 0), "fake", "1"),
        "killed",
        sentence(a, "LNA fighters"),
        EventType.ASSAULT,
        "killing",
        List.of(
            new EventActor(ActorRole.SOURCE, "LNA", span(a, "LNA", 0), 0),
            new EventActor(ActorRole.TARGET, "civilians", span(a, "civilians", 0), null)),
        new EventDate(
            "2017-07-21", DatePrecision.DAY, "on July 21, 2017", span(a, "July 21, 2017", 0)),
        new EventPlace("Derna", span(a, "Derna", 0), 1, "in"),
        new CasualtyCount(
            killed,
            killed,
            "exact",
            span(a, Integer.toString(killed), 0),
            Integer.toString(killed)),
        null,
        Modality.REPORTED,
        List.of("said"),
        null);
  }

  private static ClaimMention claim(
      Article a,
      String content,
      String speaker,
      @Nullable Integer speakerEntity,
      String cue,
      Modality modality,
      List<String> hedges) {
    Span piece = span(a, content, 0);
    Span cueSpan = span(a, cue, 0);
    return new ClaimMention(
        new Provenance(a.id(), piece, "fake-claims", "1"),
        ClaimKind.INDIRECT,
        List.of(piece),
        new Speaker(speaker, span(a, speaker, 0), speakerEntity, "named", null, null),
        cue,
        cueSpan,
        hedges,
        modality,
        List.of(),
        List.of());
  }

  /** The sentence of {@code a} that starts with {@code start}. */
  private static Span sentence(Article a, String start) {
    int from = a.text().indexOf(start);
    int end = a.text().indexOf(". ", from);
    return new Span(from, end < 0 ? a.text().length() : end + 1);
  }

  private static Span span(Article a, String text, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = a.text().indexOf(text, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + text + "' #" + occurrence + " not in text");
      }
    }
    return new Span(at, at + text.length());
  }

  private static void commitFacts(
      KnowledgeBase kb,
      Article a,
      List<EntityHead> created,
      List<EventMention> events,
      List<ClaimMention> claims,
      ResolvedMention... mentions) {
    List<ResolvedMention> sorted = new ArrayList<>(List.of(mentions));
    sorted.sort(java.util.Comparator.comparing(ResolvedMention::span));
    Set<EntityKey> keys = new LinkedHashSet<>();
    for (ResolvedMention m : sorted) {
      EntityHead head = headOf(m.entity());
      keys.addAll(Engine.standardResolver().keys(head, List.of(head.name(), m.text())));
    }
    Map<Integer, Geocode> geocodes = new java.util.HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).place() != null) {
        geocodes.put(
            i,
            events.get(i).place().name().equals("Derna")
                ? DERNA_POINT
                : new Geocode("Sirte", 31.2089, 16.5887, "LY", 2210554, "only-candidate"));
      }
    }
    kb.commit(
        new ResolvedDocument(
            new DocumentAnalysis(a, List.of(), List.of(), events, claims),
            created,
            sorted,
            List.copyOf(keys),
            geocodes));
  }

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
    for (EntityHead h : List.of(HAFTAR, HIFTER, LNA, BENGHAZI, TOBRUK, HADDAR, DERNA)) {
      if (h.id().equals(id)) {
        return h;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
