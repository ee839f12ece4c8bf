// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import io.dossier.model.ActorRole;
import io.dossier.model.Article;
import io.dossier.model.CasualtyCount;
import io.dossier.model.Claim;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.DatePrecision;
import io.dossier.model.EntityType;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import io.dossier.resolve.facts.ClaimLinker;
import io.dossier.resolve.facts.DocumentFacts;
import io.dossier.resolve.facts.EventMerger;
import io.dossier.resolve.facts.RelationFinder;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cost of cross-article fact resolution (event merging, claim linking, relations) at growing
 * corpus sizes, on synthesized documents: each has 4 event mentions (actors, targets and places
 * drawn from Zipf distributions, dated within 3 days before publication) and 12 quotes whose
 * speakers follow a Zipf law, so a few speakers have thousands of claims (a third repeat one of the
 * speaker's recent statements, so claims do cluster). Publication dates advance 200 documents a
 * day, so a bigger corpus is a longer period at the same density, as an archive grows. Only the
 * resolution is timed (relations reading each document, compacting, merging, linking, relating, as
 * {@code FactResolution} does); the documents are built first.
 */
public final class FactScaling {

  /** Documents published per day. */
  public static final int PER_DAY = 200;

  private static final int ACTORS = 20_000;
  private static final int PLACES = 2_000;
  private static final int WORDS = 5_000;
  private static final EventType[] TYPES = {
    EventType.ASSAULT,
    EventType.ASSAULT,
    EventType.FIGHT,
    EventType.PROTEST,
    EventType.DISAPPROVE,
    EventType.CONSULT,
    EventType.SUPPORT
  };

  /** One size's figures. */
  public record Row(
      int documents,
      int eventMentions,
      int claimMentions,
      int events,
      int claims,
      int relations,
      long millis,
      long liveHeapMb) {}

  private final Random random;
  private final double[] actorCdf = zipf(ACTORS);
  private final double[] placeCdf = zipf(PLACES);
  private final double[] wordCdf = zipf(WORDS);

  public FactScaling(long seed) {
    this.random = new Random(seed);
  }

  /** Synthesizes {@code size} documents and times their resolution. */
  public Row run(int size) {
    List<DocumentFacts> documents = new ArrayList<>(size);
    Map<Integer, List<String>> recent = new HashMap<>();
    int eventMentions = 0;
    int claimMentions = 0;
    for (int i = 0; i < size; i++) {
      DocumentFacts d = document(i, recent);
      eventMentions += d.events().size();
      claimMentions += d.claims().size();
      documents.add(d);
    }
    System.gc();
    long started = System.nanoTime();
    RelationFinder relations =
        new RelationFinder(
            id -> id.startsWith("e-p") ? EntityType.LOCATION : EntityType.ORGANIZATION);
    // as FactResolution streams them: relations read the whole document, merging keeps it compact
    for (int i = 0; i < documents.size(); i++) {
      relations.readText(documents.get(i));
      documents.set(i, documents.get(i).compact());
    }
    EventMerger.Result merged = new EventMerger().merge(documents, id -> id);
    List<Claim> claims = new ClaimLinker().link(documents, merged);
    List<Relation> found = relations.find(documents, merged, claims);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    return new Row(
        size,
        eventMentions,
        claimMentions,
        merged.events().size(),
        claims.size(),
        found.size(),
        millis,
        live);
  }

  private DocumentFacts document(int n, Map<Integer, List<String>> recent) {
    String id = "d-" + n;
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(n / PER_DAY);
    StringBuilder text = new StringBuilder();
    List<ResolvedMention> mentions = new ArrayList<>();
    List<EventMention> events = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      int source = pick(actorCdf);
      int target = pick(actorCdf);
      int place = pick(placeCdf);
      int start = text.length();
      Span s = name(text, id, "e-a" + source, "Actor" + source, mentions);
      text.append(" attacked ");
      Span trigger = new Span(text.length() - 9, text.length() - 1);
      Span t = name(text, id, "e-a" + target, "Actor" + target, mentions);
      text.append(" in ");
      Span p = name(text, id, "e-p" + place, "Place" + place, mentions);
      text.append(", killing ");
      int killed = 1 + random.nextInt(30);
      int at = text.length();
      text.append(killed);
      Span number = new Span(at, text.length());
      text.append(". ");
      LocalDate day = published.minusDays(random.nextInt(4));
      events.add(
          new EventMention(
              new Provenance(id, trigger, "synthetic", "1"),
              "attacked",
              new Span(start, text.length() - 1),
              TYPES[random.nextInt(TYPES.length)],
              null,
              List.of(
                  new EventActor(ActorRole.SOURCE, "Actor" + source, s, 0),
                  new EventActor(ActorRole.TARGET, "Actor" + target, t, 1)),
              new EventDate(day.toString(), DatePrecision.DAY, "synthetic", null),
              new EventPlace("Place" + place, p, 2, "in"),
              new CasualtyCount(killed, killed, "exact", number, Integer.toString(killed)),
              null,
              Modality.ASSERTED,
              List.of(),
              null));
    }
    List<ClaimMention> claims = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      int speaker = pick(actorCdf);
      List<String> said = recent.computeIfAbsent(speaker, x -> new ArrayList<>());
      String quote;
      if (!said.isEmpty() && random.nextInt(3) == 0) {
        quote = said.get(random.nextInt(said.size()));
      } else {
        StringBuilder q = new StringBuilder();
        int length = 6 + random.nextInt(10);
        for (int w = 0; w < length; w++) {
          q.append(w == 0 ? "" : " ").append("w").append(pick(wordCdf));
        }
        quote = q.toString();
        said.add(quote);
        if (said.size() > 8) {
          said.remove(0);
        }
      }
      text.append('"');
      int qs = text.length();
      text.append(quote);
      Span content = new Span(qs, text.length());
      text.append(",\" ");
      Span s = name(text, id, "e-a" + speaker, "Actor" + speaker, mentions);
      text.append(" said. ");
      Span cue = new Span(text.length() - 6, text.length() - 2);
      claims.add(
          new ClaimMention(
              new Provenance(id, content, "synthetic", "1"),
              ClaimKind.DIRECT,
              List.of(content),
              new Speaker("Actor" + speaker, s, 0, "named", null, null),
              "said",
              cue,
              List.of(),
              Modality.REPORTED,
              List.of(),
              List.of()));
    }
    String body = text.toString();
    Article article =
        new Article(
            id,
            id,
            "Outlet" + (n % 40),
            null,
            published,
            PublishedBasis.METADATA,
            "en",
            body,
            List.of(),
            null,
            Ids.sha256(id),
            null);
    return new DocumentFacts(article, events, Map.of(), claims, mentions);
  }

  private static Span name(
      StringBuilder text, String document, String entity, String name, List<ResolvedMention> out) {
    int start = text.length();
    text.append(name);
    Span span = new Span(start, text.length());
    out.add(new ResolvedMention(entity, document, span, name, null, "synthetic"));
    return span;
  }

  private int pick(double[] cdf) {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Cumulative Zipf (exponent 1) over {@code n} ranks. */
  private static double[] zipf(int n) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }
}
