// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.model.Entity;
import io.dossier.model.Relation;
import io.dossier.store.Cooccurrence;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The relationship graph: entities as nodes; edges from merged events (an actor who acted on
 * another, labelled with the event type), from extracted relations (leads, member of, supports…)
 * and from co-occurrence (named together in at least a threshold of documents). Either the whole
 * corpus's most active actors, or one entity's neighbourhood.
 */
final class GraphData {
  /** Documents of each node that co-occurrence counts over. */
  static final int COOCCURRENCE_DOCUMENTS = 500;

  /** Co-occurring entities read per node. */
  private static final int NEIGHBOURS = 25;

  private final KnowledgeBase kb;
  private final CorpusDigest digest;
  private @Nullable Object cachedKey;
  private @Nullable Graph cached;

  GraphData(KnowledgeBase kb, CorpusDigest digest) {
    this.kb = kb;
    this.digest = digest;
  }

  /** A node: an entity. */
  record Node(String id, String name, String type, int mentions) {}

  /**
   * An edge.
   *
   * @param kind {@code event} (directed, source → target), {@code relation} (subject → object) or
   *     {@code cooccurrence} (undirected)
   * @param label the event type, the relation ("member of"), or "named together"
   * @param weight merged events, the relation's independent sources, or documents naming both
   */
  record Edge(String source, String target, String kind, String label, int weight) {}

  /** Nodes and edges. */
  record Graph(List<Node> nodes, List<Edge> edges) {}

  /**
   * The graph around {@code entity} (its event partners and co-occurring entities), or with no
   * entity the {@code limit} entities with the most event edges (topped up with the most named).
   *
   * @param minCooccurrence the fewest shared documents that make a co-occurrence edge
   */
  synchronized Optional<Graph> graph(@Nullable String entity, int limit, int minCooccurrence) {
    CorpusDigest.Snapshot snapshot = digest.get();
    if (entity != null) {
      return kb.entity(entity).map(e -> ego(e, snapshot, limit, minCooccurrence));
    }
    List<Object> key = List.of(snapshot.key(), limit, minCooccurrence);
    if (cached == null || !key.equals(cachedKey)) {
      cached = corpus(snapshot, limit, minCooccurrence);
      cachedKey = key;
    }
    return Optional.of(cached);
  }

  private Graph corpus(CorpusDigest.Snapshot snapshot, int limit, int minCooccurrence) {
    Map<String, Integer> degree = new LinkedHashMap<>();
    for (CorpusDigest.ActorEdge e : snapshot.actorEdges()) {
      degree.merge(e.source(), e.events(), Integer::sum);
      degree.merge(e.target(), e.events(), Integer::sum);
    }
    Set<String> ids = new LinkedHashSet<>();
    degree.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .forEach(en -> ids.add(en.getKey()));
    if (ids.size() < limit) {
      List<Entity> named = new ArrayList<>(kb.entities(0, 2_000));
      named.sort(Comparator.comparingInt(Entity::mentions).reversed());
      for (Entity e : named) {
        if (ids.size() >= limit) {
          break;
        }
        ids.add(e.id());
      }
    }
    return build(ids, snapshot, minCooccurrence, null);
  }

  private Graph ego(Entity center, CorpusDigest.Snapshot snapshot, int limit, int minCooccurrence) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(center.id());
    for (CorpusDigest.ActorEdge e : snapshot.actorEdges()) {
      if (ids.size() >= limit) {
        break;
      }
      if (e.source().equals(center.id())) {
        ids.add(e.target());
      } else if (e.target().equals(center.id())) {
        ids.add(e.source());
      }
    }
    for (Relation r : kb.relationsOf(center.id(), limit)) {
      if (ids.size() >= limit) {
        break;
      }
      ids.add(r.subject().equals(center.id()) ? r.object() : r.subject());
    }
    for (Cooccurrence c : kb.cooccurring(center.id(), COOCCURRENCE_DOCUMENTS, NEIGHBOURS)) {
      if (ids.size() >= limit) {
        break;
      }
      if (c.documents() >= minCooccurrence) {
        ids.add(c.entity().id());
      }
    }
    return build(ids, snapshot, minCooccurrence, center.id());
  }

  /** Edges among {@code ids}; co-occurrence from every node, or from {@code center} only. */
  private Graph build(
      Set<String> ids,
      CorpusDigest.Snapshot snapshot,
      int minCooccurrence,
      @Nullable String center) {
    List<Node> nodes = new ArrayList<>();
    Set<String> present = new LinkedHashSet<>();
    Map<String, io.dossier.model.EntityHead> heads = kb.heads(ids);
    for (String id : ids) {
      io.dossier.model.EntityHead h = heads.get(id);
      if (h != null) {
        int mentions = kb.names(id).stream().mapToInt(io.dossier.model.Alias::mentions).sum();
        nodes.add(new Node(h.id(), h.name(), h.type().name(), mentions));
        present.add(h.id());
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (CorpusDigest.ActorEdge e : snapshot.actorEdges()) {
      if (present.contains(e.source()) && present.contains(e.target())) {
        edges.add(new Edge(e.source(), e.target(), "event", e.type(), e.events()));
      }
    }
    for (String id : present) {
      for (Relation r : kb.relationsOf(id, NEIGHBOURS * 2)) {
        // each relation is read from both ends; keep it once, from its subject
        if (r.subject().equals(id) && present.contains(r.object())) {
          edges.add(
              new Edge(
                  r.subject(),
                  r.object(),
                  "relation",
                  r.predicate().wire().replace('_', ' '),
                  r.independentSources()));
        }
      }
    }
    Map<String, Integer> pairs = new HashMap<>();
    for (String id : center == null ? present : Set.of(center)) {
      for (Cooccurrence c : kb.cooccurring(id, COOCCURRENCE_DOCUMENTS, NEIGHBOURS * 2)) {
        String other = c.entity().id();
        if (c.documents() >= minCooccurrence && present.contains(other) && !other.equals(id)) {
          String a = id.compareTo(other) < 0 ? id : other;
          String b = a.equals(id) ? other : id;
          pairs.merge(a + "\n" + b, c.documents(), Math::max);
        }
      }
    }
    pairs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            p -> {
              String[] ab = p.getKey().split("\n", 2);
              edges.add(new Edge(ab[0], ab[1], "cooccurrence", "named together", p.getValue()));
            });
    return new Graph(List.copyOf(nodes), List.copyOf(edges));
  }
}
