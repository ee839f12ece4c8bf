// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.Span;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The cost of cross-document resolution as the knowledge base grows: synthesizes articles' worth of
 * local entities and resolves them, in order, against an in-memory knowledge base that holds every
 * earlier article.
 *
 * <p>Each article has {@code entitiesPerArticle} distinct entities drawn from a Zipf distribution
 * (exponent 1) over a universe of {@value #UNIVERSE} entities, so that a few actors recur in most
 * articles and new ones keep appearing, as in a news corpus. An entity's name is built from the
 * {@link NamePool}. Each entity also has its own small, fixed set of one to {@value #MAX_VARIANTS}
 * transliteration-style spellings (vowel change, doubled or single consonant, q/g/k, dh/th/z, "al-"
 * added or dropped, name order), as a real name has a handful of documented spellings; {@value
 * #VARIANT_PERCENT}% of its appearances use one of them. Only the resolve-and-commit calls are
 * timed; generating the articles is not.
 */
public final class ResolutionScaling {

  /** Number of distinct entities the articles draw from. */
  static final int UNIVERSE = 1_000_000;

  /** Share of appearances written in a variant spelling, in percent. */
  static final int VARIANT_PERCENT = 30;

  /** Most spelling variants one entity has. */
  static final int MAX_VARIANTS = 6;

  /**
   * One measured size.
   *
   * @param articles articles resolved
   * @param localEntities local entities resolved (articles × entities per article)
   * @param mentions mentions linked
   * @param entities entities in the knowledge base at the end
   * @param seconds time spent resolving and committing, all articles
   * @param lastTenthSeconds the same, for the last tenth of the articles only (the marginal cost
   *     when the knowledge base is largest)
   * @param gcSeconds time the JVM spent collecting garbage during the whole run (generation
   *     included), as reported by its collectors
   */
  public record Point(
      int articles,
      long localEntities,
      long mentions,
      long entities,
      double seconds,
      double lastTenthSeconds,
      double gcSeconds) {

    /** Microseconds per article over the whole run. */
    public double microsPerArticle() {
      return seconds * 1e6 / articles;
    }

    /** Microseconds per article over the last tenth of the run. */
    public double marginalMicrosPerArticle() {
      return lastTenthSeconds * 1e6 / Math.max(1, articles - articles * 9 / 10);
    }
  }

  private final NamePool pool;
  private final int entitiesPerArticle;
  private final long seed;
  private final double[] cdf;

  /** A scaling run with names from {@code pool}; the same seed gives the same articles. */
  public ResolutionScaling(NamePool pool, int entitiesPerArticle, long seed) {
    this.pool = Objects.requireNonNull(pool, "pool");
    if (entitiesPerArticle < 1) {
      throw new IllegalArgumentException(
          "entitiesPerArticle must be 1 or more (was " + entitiesPerArticle + ")");
    }
    this.entitiesPerArticle = entitiesPerArticle;
    this.seed = seed;
    this.cdf = new double[UNIVERSE];
    double sum = 0;
    for (int i = 0; i < UNIVERSE; i++) {
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    for (int i = 0; i < UNIVERSE; i++) {
      cdf[i] /= sum;
    }
  }

  /** Resolves {@code articles} synthetic articles with a fresh knowledge base and times it. */
  public Point run(ResolverSetup setup, int articles) {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be 1 or more (was " + articles + ")");
    }
    Random random = new Random(seed);
    ResolverSetup.Session session = setup.open();
    int lastTenthFrom = articles * 9 / 10;
    long nanos = 0;
    long lastTenthNanos = 0;
    long locals = 0;
    long mentions = 0;
    long entities = 0;
    long gcBefore = gcMillis();
    for (int a = 0; a < articles; a++) {
      DocumentAnalysis analysis = article(a, random);
      long t0 = System.nanoTime();
      ResolvedDocument resolved = session.add(analysis);
      long dt = System.nanoTime() - t0;
      nanos += dt;
      if (a >= lastTenthFrom) {
        lastTenthNanos += dt;
      }
      locals += analysis.entities().size();
      mentions += resolved.mentions().size();
      entities += resolved.newEntities().size();
    }
    return new Point(
        articles,
        locals,
        mentions,
        entities,
        nanos / 1e9,
        lastTenthNanos / 1e9,
        (gcMillis() - gcBefore) / 1e3);
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** One synthetic article: distinct entities, each with one to three mentions. */
  DocumentAnalysis article(int number, Random random) {
    String id = String.format(Locale.ROOT, "d-synthetic-%07d", number);
    StringBuilder text = new StringBuilder();
    List<LocalEntity> entities = new ArrayList<>();
    Set<Integer> drawn = new HashSet<>();
    while (entities.size() < entitiesPerArticle) {
      int e = draw(random);
      if (!drawn.add(e)) {
        continue;
      }
      EntityType type = e % 4 == 3 ? EntityType.ORGANIZATION : EntityType.PERSON;
      String name = pool.nameOf(e, type);
      if (random.nextInt(100) < VARIANT_PERCENT) {
        // the entity's own spellings are fixed: derived from the seed and the entity alone
        Random spellings = new Random(seed * 31 + e);
        int count = 1 + spellings.nextInt(MAX_VARIANTS);
        int pick = random.nextInt(count);
        String base = name;
        for (int k = 0; k <= pick; k++) {
          name = variant(base, type, spellings);
        }
      }
      List<EntityMention> ms = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        String form = k == 0 || type != EntityType.PERSON ? name : lastToken(name);
        Span span = new Span(text.length(), text.length() + form.length());
        text.append(form).append(" said. ");
        ms.add(
            new EntityMention(
                new Provenance(id, span, "synthetic", "1"),
                form,
                type,
                null,
                k == 0 ? "canonical" : "surname-of-full-name"));
      }
      entities.add(new LocalEntity(entities.size(), type, name, null, ms));
    }
    Article article =
        new Article(
            id,
            "synthetic",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "en",
            text.toString(),
            List.of(),
            null,
            id,
            null);
    return new DocumentAnalysis(article, entities, List.of());
  }

  private int draw(Random random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(UNIVERSE - 1, i >= 0 ? i : -i - 1);
  }

  private static String lastToken(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** A transliteration-style spelling variant of {@code name}: one or two random edits. */
  static String variant(String name, EntityType type, Random random) {
    String s = name;
    int edits = 1 + random.nextInt(2);
    for (int i = 0; i < edits; i++) {
      switch (random.nextInt(6)) {
        case 0:
          s =
              replaceOne(
                  s,
                  random,
                  new String[][] {
                    {"a", "e"},
                    {"e", "i"},
                    {"i", "e"},
                    {"o", "u"},
                    {"u", "o"},
                    {"ou", "u"},
                    {"u", "ou"}
                  });
          break;
        case 1:
          s = doubling(s, random);
          break;
        case 2:
          s =
              replaceOne(
                  s,
                  random,
                  new String[][] {
                    {"Q", "G"}, {"G", "Q"}, {"K", "Q"}, {"q", "k"}, {"k", "q"}, {"g", "q"}
                  });
          break;
        case 3:
          s =
              replaceOne(
                  s,
                  random,
                  new String[][] {
                    {"dh", "th"}, {"th", "dh"}, {"z", "dh"}, {"dh", "d"}, {"ph", "f"}, {"j", "dj"}
                  });
          break;
        case 4:
          if (type == EntityType.PERSON) {
            int space = s.lastIndexOf(' ');
            s =
                s.contains(" al-")
                    ? s.replace(" al-", " ")
                    : s.substring(0, space + 1) + "al-" + s.substring(space + 1);
          }
          break;
        default:
          if (type == EntityType.PERSON && s.indexOf(' ') > 0) {
            int space = s.indexOf(' ');
            s = s.substring(space + 1) + " " + s.substring(0, space);
          }
          break;
      }
    }
    return s;
  }

  private static String replaceOne(String s, Random random, String[][] pairs) {
    String[] pair = pairs[random.nextInt(pairs.length)];
    List<Integer> at = new ArrayList<>();
    for (int i = s.indexOf(pair[0]); i >= 0; i = s.indexOf(pair[0], i + 1)) {
      at.add(i);
    }
    if (at.isEmpty()) {
      return s;
    }
    int i = at.get(random.nextInt(at.size()));
    return s.substring(0, i) + pair[1] + s.substring(i + pair[0].length());
  }

  private static String doubling(String s, Random random) {
    List<Integer> at = new ArrayList<>();
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c) && "aeiou".indexOf(c) < 0) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return s;
    }
    int i = at.get(random.nextInt(at.size()));
    char c = s.charAt(i);
    if (i + 1 < s.length() && s.charAt(i + 1) == c) {
      return s.substring(0, i) + s.substring(i + 1); // "dd" → "d"
    }
    return s.substring(0, i + 1) + c + s.substring(i + 1); // "d" → "dd"
  }
}
