// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.server;

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
import io.dossier.resolve.EntityResolver;
import io.dossier.store.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Fills a knowledge base with synthetic resolved articles, the way ingest would store them but
 * without CoreNLP: a pool of entities (persons, organisations, places with made-up but
 * pronounceable names) whose popularity follows a Zipf law, so that a few entities are named in a
 * large share of the articles (as Libya or Haftar are in a conflict corpus) and most in a handful;
 * each article names several of them, a person also by surname alone, inside some 250 words of
 * filler text. Entity keys come from the real resolver, so name lookups behave as in a real store.
 * Deterministic for a seed.
 */
public final class SyntheticStore {
  private static final String[] SYLLABLES = {
    "ka", "ha", "fa", "ta", "ra", "mi", "sa", "la", "bu", "di", "zi", "na", "qa", "wa", "ya", "gha",
    "sha", "kh", "ma", "ri", "al", "ib", "ou", "ze", "ni", "ro", "de", "el", "mo", "tu"
  };
  private static final String[] WORDS =
      ("the a of in on to and said officials forces city talks army government council"
              + " ceasefire attack meeting oil port militia statement week reported spokesman"
              + " eastern western southern border capital airport parliament deal clashes"
              + " residents troops aid convoy minister envoy negotiations security")
          .split(" ");
  private static final String[] OUTLETS = {
    "VOA",
    "Reuters",
    "AP",
    "AFP",
    "Al Jazeera",
    "Libya Herald",
    "BBC",
    "The Guardian",
    "Libya Observer",
    "Asharq Al-Awsat"
  };
  private static final String[] ORG_HEADS = {"Council", "Brigade", "Army", "Front", "Ministry"};
  private static final String[] TITLES = {"General", "Minister", "spokesman", "Field Marshal"};

  /** What was stored, for choosing requests. */
  public record Summary(
      int articles, List<EntityHead> entities, List<Integer> documentCounts, long mentions) {
    public Summary {
      entities = List.copyOf(entities);
      documentCounts = List.copyOf(documentCounts);
    }
  }

  private final EntityResolver resolver;
  private final Random random;
  private final List<EntityHead> pool = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final double[] cumulative;

  /**
   * @param resolver gives the blocking keys of each new entity
   * @param entities size of the entity pool
   * @param seed seed of every random choice
   */
  public SyntheticStore(EntityResolver resolver, int entities, long seed) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    if (entities < 10) {
      throw new IllegalArgumentException("entities must be at least 10, not " + entities);
    }
    this.random = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; names.size() < entities; i++) {
      EntityType type =
          i % 10 < 5
              ? EntityType.PERSON
              : i % 10 < 8 ? EntityType.LOCATION : EntityType.ORGANIZATION;
      String name =
          switch (type) {
            case PERSON -> word() + " " + word();
            case LOCATION -> word();
            default -> word() + " " + ORG_HEADS[random.nextInt(ORG_HEADS.length)];
          };
      if (names.add(type + "|" + name)) {
        pool.add(new EntityHead(Ids.hashed("e", "synthetic:" + type + ":" + name), type, name));
        surnames.add(name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : name);
      }
    }
    cumulative = new double[entities];
    double sum = 0;
    for (int r = 0; r < entities; r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    for (int r = 0; r < entities; r++) {
      cumulative[r] /= sum;
    }
  }

  /**
   * Commits {@code articles} articles into {@code kb}, each naming {@code perArticle} distinct
   * entities; {@code progress} hears the number committed so far every 1,000.
   */
  public Summary fill(KnowledgeBase kb, int articles, int perArticle, IntConsumer progress) {
    Set<Integer> created = new java.util.HashSet<>();
    int[] documents = new int[pool.size()];
    long mentions = 0;
    LocalDate start = LocalDate.of(2014, 1, 1);
    for (int n = 0; n < articles; n++) {
      Map<Integer, Boolean> chosen = new LinkedHashMap<>();
      while (chosen.size() < Math.min(perArticle, pool.size())) {
        chosen.put(zipf(), Boolean.TRUE);
      }
      StringBuilder text = new StringBuilder();
      List<ResolvedMention> found = new ArrayList<>();
      List<EntityHead> newEntities = new ArrayList<>();
      List<EntityKey> keys = new ArrayList<>();
      String id = Ids.hashed("d", "synthetic:" + n);
      List<Integer> order = new ArrayList<>(chosen.keySet());
      String title = null;
      for (int rank : order) {
        EntityHead e = pool.get(rank);
        if (title == null) {
          title =
              e.name()
                  + " "
                  + WORDS[random.nextInt(WORDS.length)]
                  + " "
                  + WORDS[10 + random.nextInt(10)];
        }
        filler(text, 10 + random.nextInt(20));
        @Nullable String titleWord =
            e.type() == EntityType.PERSON && random.nextInt(4) == 0
                ? TITLES[random.nextInt(TITLES.length)]
                : null;
        if (titleWord != null) {
          text.append(titleWord).append(' ');
        }
        boolean first = created.add(rank);
        found.add(mention(e, id, text, e.name(), titleWord, first ? "canonical" : "exact-name"));
        if (first) {
          newEntities.add(e);
          keys.addAll(resolver.keys(e, List.of(e.name(), surnames.get(rank))));
        }
        filler(text, 5 + random.nextInt(15));
        if (e.type() == EntityType.PERSON) {
          found.add(mention(e, id, text, surnames.get(rank), null, "surname-of-full-name"));
          filler(text, 3 + random.nextInt(10));
        }
        documents[rank]++;
      }
      filler(text, 40);
      Article article =
          new Article(
              id,
              "synthetic/" + n + ".txt",
              OUTLETS[random.nextInt(OUTLETS.length)],
              title,
              start.plusDays(random.nextInt(7 * 365)),
              PublishedBasis.METADATA,
              "en",
              text.toString(),
              List.of(),
              null,
              Ids.sha256(id),
              null);
      kb.commit(
          new ResolvedDocument(
              new DocumentAnalysis(article, List.of(), List.of()), newEntities, found, keys));
      mentions += found.size();
      if ((n + 1) % 1000 == 0) {
        progress.accept(n + 1);
      }
    }
    List<EntityHead> stored = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int r = 0; r < pool.size(); r++) {
      if (created.contains(r)) {
        stored.add(pool.get(r));
        counts.add(documents[r]);
      }
    }
    return new Summary(articles, stored, counts, mentions);
  }

  /** The entity pool, most popular first. */
  public List<EntityHead> pool() {
    return List.copyOf(pool);
  }

  private int zipf() {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static ResolvedMention mention(
      EntityHead e,
      String document,
      StringBuilder text,
      String surface,
      @Nullable String title,
      String rule) {
    int at = text.length();
    text.append(surface).append(' ');
    return new ResolvedMention(
        e.id(), document, new Span(at, at + surface.length()), surface, title, rule);
  }

  private void filler(StringBuilder text, int words) {
    for (int i = 0; i < words; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      text.append(i % 17 == 16 ? ". " : " ");
    }
  }

  private String word() {
    int n = 2 + random.nextInt(2);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
