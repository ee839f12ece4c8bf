// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.Alias;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.CandidateLookup;
import io.dossier.resolve.EntityResolver;
import io.dossier.resolve.InMemoryCandidates;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Resolves the articles of one connected group (see {@link BlockingKeys}) one by one in input
 * order, each against the entities of the earlier ones: what {@code dossier ingest} does against
 * the store, with the resolution port held in memory ({@link InMemoryCandidates}, which answers
 * like the store: oldest first, names most used first). Not thread-safe; one per group.
 */
final class GroupResolution {
  private final EntityResolver resolver;
  private final UnaryOperator<ResolvedDocument> places;
  private final InMemoryCandidates known = new InMemoryCandidates();

  GroupResolution(EntityResolver resolver, UnaryOperator<ResolvedDocument> places) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.places = Objects.requireNonNull(places, "places");
  }

  /**
   * Resolves the next article of the group.
   *
   * @param blockingKeys the article's {@link BlockingKeys}: a lookup outside them is a bug that
   *     would make the grouping wrong, and fails
   */
  ResolvedDocument resolve(DocumentAnalysis analysis, long[] blockingKeys) {
    Set<Long> allowed = new HashSet<>(blockingKeys.length * 2);
    for (long k : blockingKeys) {
      allowed.add(k);
    }
    CandidateLookup guarded = new Guarded(known, allowed, analysis.article().id());
    ResolvedDocument resolved = places.apply(resolver.resolve(analysis, guarded));
    known.apply(resolved);
    return resolved;
  }

  /** The lookup of one article, refusing keys outside its blocking keys. */
  private static final class Guarded implements CandidateLookup {
    private final InMemoryCandidates known;
    private final Set<Long> allowed;
    private final String document;

    Guarded(InMemoryCandidates known, Set<Long> allowed, String document) {
      this.known = known;
      this.allowed = allowed;
      this.document = document;
    }

    @Override
    public List<EntityHead> find(EntityType type, String key) {
      check(type, key);
      return known.find(type, key);
    }

    @Override
    public List<EntityHead> find(EntityType type, String key, int limit) {
      check(type, key);
      return known.find(type, key, limit);
    }

    @Override
    public List<Alias> names(String entityId) {
      return known.names(entityId);
    }

    @Override
    public Set<String> forbiddenNames(String entityId) {
      return known.forbiddenNames(entityId);
    }

    private void check(EntityType type, String key) {
      if (!allowed.contains(BlockingKeys.hash(type, key))) {
        throw new IllegalStateException(
            "resolving "
                + document
                + " looked up "
                + type
                + " key '"
                + key
                + "', which is not among its blocking keys: the Spark grouping no longer covers"
                + " the resolver's lookups (update BlockingKeys)");
      }
    }
  }
}
