// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.Alias;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A knowledge base's candidate lookup held in memory, for tests and benchmarks: apply each resolved
 * article in order and resolve the next one against it. Curators' decisions are simulated by {@link
 * #merge} (the other entity is found as the kept one from then on) and {@link #forbid}. Thread-safe
 * (every method is synchronized); memory grows with the number of entities, keys and distinct
 * names.
 */
public final class InMemoryCandidates implements CandidateLookup {

  /** Mention count and first rule of one surface name. */
  private static final class Form {
    final String rule;
    int count;

    Form(String rule) {
      this.rule = rule;
    }
  }

  private final Map<String, EntityHead> heads = new HashMap<>();
  private final Map<String, Long> order = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();

  /** Entity ids per type and key, oldest first. */
  private final Map<String, Set<String>> byKey = new HashMap<>();

  private final Comparator<String> oldestFirst = Comparator.comparingLong(id -> order.get(id));
  private final Map<String, Map<String, Form>> names = new HashMap<>();
  private final Map<String, Set<String>> forbidden = new HashMap<>();
  private long next;

  /** Creates an empty lookup. */
  public InMemoryCandidates() {}

  /**
   * Registers what a resolved article adds: its new entities (in order, so that the first applied
   * is the oldest), its keys, and its mentions' surface names with their counts and linking rules.
   *
   * @throws IllegalArgumentException if a mention or key names an entity that is neither known nor
   *     created by the article; nothing is registered then
   */
  public synchronized void apply(ResolvedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    Set<String> created = new LinkedHashSet<>();
    for (EntityHead head : doc.newEntities()) {
      created.add(head.id());
    }
    for (ResolvedMention m : doc.mentions()) {
      requireKnown(m.entity(), created, "mention '" + m.text() + "' at " + m.span());
    }
    for (EntityKey k : doc.keys()) {
      requireKnown(k.entity(), created, "key " + k.key());
    }
    for (EntityHead head : doc.newEntities()) {
      if (!heads.containsKey(head.id())) {
        heads.put(head.id(), head);
        order.put(head.id(), next++);
      }
    }
    for (EntityKey k : doc.keys()) {
      byKey
          .computeIfAbsent(k.type() + "|" + k.key(), x -> new TreeSet<>(oldestFirst))
          .add(k.entity());
    }
    for (ResolvedMention m : doc.mentions()) {
      String rule = m.rule();
      int semicolon = rule.indexOf(';');
      String link = semicolon >= 0 ? rule.substring(semicolon + 1) : rule;
      names
          .computeIfAbsent(canonical(m.entity()), x -> new LinkedHashMap<>())
          .computeIfAbsent(m.text(), x -> new Form(link))
          .count++;
    }
  }

  private void requireKnown(String id, Set<String> created, String what) {
    if (!heads.containsKey(id) && !created.contains(id)) {
      throw new IllegalArgumentException(
          what + " refers to unknown entity " + id + "; apply the articles in resolution order");
    }
  }

  /**
   * Records a curator's split: {@code name} must never again be linked to {@code entityId}. The
   * name stays among the entity's names until the caller moves its mentions.
   */
  public synchronized void forbid(String entityId, String name) {
    Objects.requireNonNull(name, "name");
    forbidden.computeIfAbsent(known(entityId), x -> new LinkedHashSet<>()).add(name);
  }

  /**
   * Records a curator's merge: {@code otherId} is found as {@code keepId} from now on, and its
   * names and forbidden names join those of {@code keepId}.
   */
  public synchronized void merge(String keepId, String otherId) {
    String keep = known(keepId);
    String other = known(otherId);
    if (keep.equals(other)) {
      return;
    }
    mergedInto.put(other, keep);
    Map<String, Form> from = names.remove(other);
    if (from != null) {
      Map<String, Form> into = names.computeIfAbsent(keep, x -> new LinkedHashMap<>());
      from.forEach(
          (name, form) -> into.computeIfAbsent(name, x -> new Form(form.rule)).count += form.count);
    }
    Set<String> banned = forbidden.remove(other);
    if (banned != null) {
      forbidden.computeIfAbsent(keep, x -> new LinkedHashSet<>()).addAll(banned);
    }
  }

  @Override
  public List<EntityHead> find(EntityType type, String key) {
    return find(type, key, Integer.MAX_VALUE);
  }

  /** Stops after {@code limit} distinct entities, so a common key costs no more than the limit. */
  @Override
  public synchronized List<EntityHead> find(EntityType type, String key, int limit) {
    Set<String> ids = byKey.get(type + "|" + key);
    if (ids == null || limit <= 0) {
      return List.of();
    }
    Map<String, EntityHead> out = new LinkedHashMap<>();
    for (String id : ids) {
      String c = canonical(id);
      out.putIfAbsent(c, heads.get(c));
      if (out.size() >= limit) {
        break;
      }
    }
    List<EntityHead> list = new ArrayList<>(out.values());
    if (!mergedInto.isEmpty()) {
      // a merge may have redirected an old id to a newer entity
      list.sort(Comparator.comparingLong(h -> order.get(h.id())));
    }
    return List.copyOf(list);
  }

  @Override
  public synchronized List<Alias> names(String entityId) {
    Map<String, Form> forms = names.get(canonical(entityId));
    if (forms == null) {
      return List.of();
    }
    List<Alias> out = new ArrayList<>(forms.size());
    forms.forEach((name, form) -> out.add(new Alias(name, form.count, form.rule)));
    out.sort(Comparator.comparingInt(Alias::mentions).reversed());
    return out;
  }

  @Override
  public synchronized Set<String> forbiddenNames(String entityId) {
    Set<String> banned = forbidden.get(canonical(entityId));
    return banned == null ? Set.of() : Set.copyOf(banned);
  }

  /** The entity an id now stands for (itself, or the entity it was merged into). */
  public synchronized Optional<EntityHead> entity(String id) {
    return Optional.ofNullable(heads.get(canonical(id)));
  }

  /** Every entity not merged into another, oldest first. */
  public synchronized List<EntityHead> entities() {
    List<EntityHead> out = new ArrayList<>();
    for (EntityHead h : heads.values()) {
      if (!mergedInto.containsKey(h.id())) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparingLong(h -> order.get(h.id())));
    return out;
  }

  /** Number of entities not merged into another. */
  public synchronized int size() {
    return heads.size() - mergedInto.size();
  }

  private String known(String id) {
    Objects.requireNonNull(id, "id");
    String c = canonical(id);
    if (!heads.containsKey(c)) {
      throw new IllegalArgumentException("unknown entity " + id);
    }
    return c;
  }

  private String canonical(String id) {
    String c = id;
    String up;
    while ((up = mergedInto.get(c)) != null) {
      c = up;
    }
    return c;
  }
}
