// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.curation;

import io.dossier.model.EntityHead;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies split decisions to a resolved article before it is committed: a mention whose text a
 * curator split off its entity goes to the entity that took that name, with the link rule {@value
 * KnowledgeBase#RULE_CURATED_SPLIT}. This holds whatever the resolver did, including within one
 * article, where a surname is chained to the full name written before it.
 *
 * <p>Names match exactly as written, as in the split itself. Blocking-key lookups are filtered by
 * the {@code StoreCandidates} adapter; this is the guarantee at the level of single mentions.
 */
public final class SplitDecisions {
  /** Enough for any chain of splits a person makes; guards against a cycle in bad data. */
  private static final int MAX_HOPS = 16;

  private final KnowledgeBase kb;

  /** Decisions read from {@code kb}. */
  public SplitDecisions(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** {@code document} with split-off names moved; the same instance when nothing applies. */
  public ResolvedDocument apply(ResolvedDocument document) {
    Set<String> created = new HashSet<>();
    for (EntityHead entity : document.newEntities()) {
      created.add(entity.id());
    }
    Map<String, Map<String, String>> decisions = new HashMap<>();
    List<ResolvedMention> mentions = new ArrayList<>(document.mentions().size());
    boolean changed = false;
    for (ResolvedMention mention : document.mentions()) {
      String entity = mention.entity();
      int hops = 0;
      while (!created.contains(entity) && hops < MAX_HOPS) {
        String target = decisions.computeIfAbsent(entity, kb::splitOff).get(mention.text());
        if (target == null || target.equals(entity)) {
          break;
        }
        entity = target;
        hops++;
      }
      if (entity.equals(mention.entity())) {
        mentions.add(mention);
      } else {
        mentions.add(
            new ResolvedMention(
                entity,
                mention.document(),
                mention.span(),
                mention.text(),
                mention.title(),
                curatedRule(mention.rule())));
        changed = true;
      }
    }
    return changed
        ? new ResolvedDocument(
            document.analysis(),
            document.newEntities(),
            mentions,
            document.keys(),
            document.geocodes())
        : document;
  }

  /** {@code ner:conll4;surname-of-full-name} becomes {@code ner:conll4;curated-split}. */
  static String curatedRule(String rule) {
    int separator = rule.indexOf(';');
    return separator < 0
        ? KnowledgeBase.RULE_CURATED_SPLIT
        : rule.substring(0, separator + 1) + KnowledgeBase.RULE_CURATED_SPLIT;
  }
}
