// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.curation;

import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.Ids;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.CurationException;
import io.dossier.store.KnowledgeBase;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Takes a curator's decisions about entities and stores them in the knowledge base, each in one
 * transaction: merge two entities, split an alias off an entity into a new one, rename an entity.
 * The resolver supplies the blocking keys under which later articles find a split-off or renamed
 * entity; ids stay deterministic (a split-off entity's id depends only on the entity and the
 * alias), and the clock only dates the decision in the curation log.
 *
 * <p>Every id may be one that was merged away earlier; it stands for the entity it lives on.
 * Refused requests throw {@link CurationException} with a one-line message naming the id.
 */
public final class Curator {
  private final KnowledgeBase kb;
  private final EntityResolver resolver;
  private final Clock clock;
  private final Runnable afterChange;

  /**
   * @param kb the knowledge base to change
   * @param resolver the resolver whose keys make split-off and renamed entities findable
   * @param clock dates each decision (logged only)
   */
  public Curator(KnowledgeBase kb, EntityResolver resolver, Clock clock) {
    this(kb, resolver, clock, () -> {});
  }

  /**
   * @param kb the knowledge base to change
   * @param resolver the resolver whose keys make split-off and renamed entities findable
   * @param clock dates each decision (logged only)
   * @param afterChange runs after each decision (rebuilds what depends on entities: merged events
   *     and linked claims)
   */
  public Curator(KnowledgeBase kb, EntityResolver resolver, Clock clock, Runnable afterChange) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
  }

  /** The outcome of a merge: the entity that kept its id, the one merged into it. */
  public record Merged(EntityHead kept, EntityHead mergedAway, int mentionsMoved) {}

  /** The outcome of a split: the entity the alias left, and the new entity that took it. */
  public record Split(EntityHead from, EntityHead created, int mentionsMoved) {}

  /** The outcome of a rename. */
  public record Renamed(EntityHead entity, String previousName) {}

  /**
   * The id of the entity that splitting {@code aliasName} off {@code entityId} creates: the same on
   * every run and in every store, like every other id.
   */
  public static String splitId(String entityId, String aliasName) {
    return Ids.hashed("e", "split:" + entityId + ":" + aliasName);
  }

  /**
   * Merges {@code otherId} into {@code keepId}: the kept entity keeps its id, type and name.
   *
   * @param force merge even if the types differ (the kept entity's type stays)
   */
  public Merged merge(String keepId, String otherId, boolean force) {
    EntityHead keep = head(keepId);
    EntityHead other = head(otherId);
    int moved = kb.merge(keepId, otherId, force, clock.instant());
    afterChange.run();
    return new Merged(keep, other, moved);
  }

  /**
   * Merges two entities, the one created first keeping its id (the default of {@code dossier entity
   * merge}): ids already published elsewhere stay valid as often as possible, and an entity keeps
   * the id of its oldest part, as resolution does.
   */
  public Merged mergeKeepingOlder(String firstId, String secondId, boolean force) {
    long first = number(firstId);
    long second = number(secondId);
    return second < first ? merge(secondId, firstId, force) : merge(firstId, secondId, force);
  }

  /**
   * Splits the alias {@code aliasName} off entity {@code entityId} into a new entity of the same
   * type named {@code aliasName}, with id {@link #splitId} and the resolver's keys for that name.
   */
  public Split split(String entityId, String aliasName) {
    Objects.requireNonNull(aliasName, "aliasName");
    EntityHead from = head(entityId);
    EntityHead created = new EntityHead(splitId(from.id(), aliasName), from.type(), aliasName);
    List<EntityKey> keys = resolver.keys(created, List.of(aliasName));
    int moved = kb.split(from.id(), aliasName, created, keys, clock.instant());
    afterChange.run();
    return new Split(from, created, moved);
  }

  /** Renames entity {@code entityId}; the resolver's keys for the new name are added. */
  public Renamed rename(String entityId, String name) {
    Objects.requireNonNull(name, "name");
    EntityHead before = head(entityId);
    EntityHead after = new EntityHead(before.id(), before.type(), name.strip());
    List<EntityKey> keys =
        after.name().isEmpty() ? List.of() : resolver.keys(after, List.of(after.name()));
    kb.rename(before.id(), name, keys, clock.instant());
    afterChange.run();
    return new Renamed(after, before.name());
  }

  private EntityHead head(String id) {
    Objects.requireNonNull(id, "id");
    Entity entity = kb.entity(id).orElseThrow(() -> unknown(id));
    return new EntityHead(entity.id(), entity.type(), entity.name());
  }

  private long number(String id) {
    Objects.requireNonNull(id, "id");
    return kb.entityNumber(id).orElseThrow(() -> unknown(id));
  }

  private static CurationException unknown(String id) {
    return new CurationException(
        CurationException.Reason.UNKNOWN_ENTITY, "No entity " + id + " in the knowledge base");
  }
}
