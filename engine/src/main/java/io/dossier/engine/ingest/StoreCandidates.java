// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.ingest;

import io.dossier.model.Alias;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.resolve.CandidateLookup;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resolver's {@link CandidateLookup} over the knowledge base: candidates by blocking key, the
 * names of an entity, and the names a curator split off it.
 *
 * <p>{@link #find} also applies split decisions: an entity is not a candidate under a key that only
 * its split-off names produce (for the resolver's key function), so the entity that took the name
 * is found instead. A key that the entity's own names produce too (a coarse phonetic key, say)
 * leaves it a candidate, and the resolver decides with {@link #forbiddenNames}.
 *
 * <p>Use one instance per article: it remembers the split-off names it has read (every candidate of
 * every key asks for them), and the next commit may change them. {@code names} is not cached: it is
 * an indexed lookup (about 20 µs on a store of 20,000 entities and 100,000 mentions, the cost of a
 * key lookup itself), and resolvers read each candidate's names once per article.
 */
public final class StoreCandidates implements CandidateLookup {
  private final KnowledgeBase kb;
  private final EntityResolver resolver;
  private final Map<String, Set<String>> forbidden = new HashMap<>();

  /**
   * @param kb the store to look in
   * @param resolver the resolver whose key function registered the keys
   */
  public StoreCandidates(KnowledgeBase kb, EntityResolver resolver) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public List<EntityHead> find(EntityType type, String key) {
    return allowed(kb.entitiesByKey(type, key), key);
  }

  /**
   * The first {@code limit} candidates, read with a SQL {@code LIMIT}. A full list is returned as
   * read: the caller takes it for "too common a key to decide by", which filtering must not hide.
   * (This is {@code CandidateLookup.find(type, key, limit)} where the resolution port has it.)
   */
  public List<EntityHead> find(EntityType type, String key, int limit) {
    List<EntityHead> found = kb.entitiesByKey(type, key, limit);
    return found.size() >= limit ? found : allowed(found, key);
  }

  private List<EntityHead> allowed(List<EntityHead> found, String key) {
    if (found.isEmpty()) {
      return found;
    }
    List<EntityHead> allowed = new ArrayList<>(found.size());
    for (EntityHead head : found) {
      if (!onlyForbiddenNamesGive(head, key)) {
        allowed.add(head);
      }
    }
    return allowed;
  }

  @Override
  public List<Alias> names(String entityId) {
    return kb.names(entityId);
  }

  @Override
  public Set<String> forbiddenNames(String entityId) {
    return forbidden.computeIfAbsent(entityId, kb::forbiddenNames);
  }

  private boolean onlyForbiddenNamesGive(EntityHead head, String key) {
    Set<String> forbidden = forbiddenNames(head.id());
    if (forbidden.isEmpty() || !keysOf(head, forbidden).contains(key)) {
      return false;
    }
    Set<String> own = new LinkedHashSet<>();
    own.add(head.name());
    kb.names(head.id()).forEach(alias -> own.add(alias.name()));
    own.removeAll(forbidden);
    return !keysOf(head, own).contains(key);
  }

  private Set<String> keysOf(EntityHead head, Collection<String> names) {
    Set<String> keys = new HashSet<>();
    for (EntityKey key : resolver.keys(head, names)) {
      keys.add(key.key());
    }
    return keys;
  }
}
