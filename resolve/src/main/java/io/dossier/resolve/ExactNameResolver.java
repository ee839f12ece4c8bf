// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityMention;
import io.dossier.model.Ids;
import io.dossier.model.LocalEntity;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First-version resolver: a local entity joins an existing entity only when one of its full names
 * (the canonical name or an acronym defined for it) has exactly the same {@link NameKeys#exact} key
 * and type. Surname-only forms are never keys, because across articles they are ambiguous.
 * Precision before recall: transliteration variants stay apart. Kept as the exact-string baseline
 * of the benchmarks; {@link TransliterationResolver} links them.
 */
public final class ExactNameResolver implements EntityResolver {

  /** Rule for a form that joined an existing entity because its key matched exactly. */
  public static final String RULE_EXACT = "exact-name";

  /** Rule for the form that named a new entity. */
  public static final String RULE_CANONICAL = "canonical";

  @Override
  public ResolvedDocument resolve(DocumentAnalysis analysis, CandidateLookup lookup) {
    String document = analysis.article().id();
    List<EntityHead> created = new ArrayList<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    Set<EntityKey> keys = new LinkedHashSet<>();
    // entities created by this same document are candidates too
    Map<String, EntityHead> createdByKey = new HashMap<>();

    for (LocalEntity local : analysis.entities()) {
      List<String> localKeys = keysOf(local);
      EntityHead match = null;
      for (String key : localKeys) {
        EntityHead found = createdByKey.get(local.type() + "|" + key);
        if (found == null) {
          List<EntityHead> candidates = lookup.find(local.type(), key);
          found = candidates.isEmpty() ? null : candidates.get(0);
        }
        if (found != null) {
          match = found;
          break;
        }
      }
      boolean isNew = match == null;
      EntityHead head =
          isNew
              ? new EntityHead(
                  Ids.hashed("e", document + "#" + local.index()), local.type(), local.name())
              : match;
      if (isNew) {
        created.add(head);
      }
      for (String key : localKeys) {
        keys.add(new EntityKey(key, local.type(), head.id()));
        createdByKey.putIfAbsent(local.type() + "|" + key, head);
      }
      for (EntityMention m : local.mentions()) {
        mentions.add(
            new ResolvedMention(
                head.id(), document, m.span(), m.text(), m.title(), linkRule(m, isNew)));
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new ResolvedDocument(analysis, created, mentions, List.copyOf(keys));
  }

  @Override
  public List<EntityKey> keys(EntityHead entity, java.util.Collection<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    for (String name : names) {
      add(seen, name);
    }
    return seen.stream().map(k -> new EntityKey(k, entity.type(), entity.id())).toList();
  }

  private static String linkRule(EntityMention mention, boolean newEntity) {
    if (!mention.link().equals(RULE_CANONICAL)) {
      return mention.link();
    }
    return newEntity ? RULE_CANONICAL : RULE_EXACT;
  }

  /** The keys of a local entity's full names: its canonical name and its defined acronym. */
  static List<String> keysOf(LocalEntity local) {
    Set<String> keys = new LinkedHashSet<>();
    add(keys, local.name());
    if (local.acronym() != null) {
      add(keys, local.acronym());
    }
    return List.copyOf(keys);
  }

  private static void add(Set<String> keys, String name) {
    String key = NameKeys.exact(name);
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }
}
