// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.resolve.TransliterationKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys that tie an analysed article to others for entity resolution, as 64-bit hashes
 * of {@code TYPE|key}.
 *
 * <p>{@link io.dossier.resolve.TransliterationResolver} looks candidates up only under keys derived
 * from its local entities' names, and registers its entities only under {@link
 * TransliterationKeys#keys} of their names (name, acronym, every mention's text). Its lookups use
 * those keys plus two derived ones: an acronym {@code a:X} also asks {@code i:X} (an organisation
 * whose initials are X), and a surname alone {@code s:X} also asks {@code g:X} (a person called X
 * by the given name). So two articles can influence each other's resolution only through a shared
 * key of this set, and articles without a chain of shared keys resolve independently: the batch job
 * groups articles into the connected components of this relation and resolves each component in
 * input order. A hash collision only joins two components, which changes nothing but the grouping.
 * {@link GroupResolution} checks every lookup against the set, so a resolver that asked for a key
 * outside it fails loudly instead of resolving differently.
 */
final class BlockingKeys {
  private BlockingKeys() {}

  /** The keys of every local entity of {@code analysis}, hashed. */
  static long[] of(DocumentAnalysis analysis) {
    Set<Long> out = new LinkedHashSet<>();
    for (LocalEntity local : analysis.entities()) {
      Set<String> names = new LinkedHashSet<>();
      names.add(local.name());
      if (local.acronym() != null) {
        names.add(local.acronym());
      }
      for (EntityMention m : local.mentions()) {
        names.add(m.text());
      }
      for (String key : keys(local.type(), names)) {
        out.add(hash(local.type(), key));
      }
    }
    long[] keys = new long[out.size()];
    int i = 0;
    for (long k : out) {
      keys[i++] = k;
    }
    return keys;
  }

  /** The registration keys of {@code names} and the lookups derived from them. */
  static Set<String> keys(EntityType type, Set<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> registered = TransliterationKeys.keys(type, names);
    keys.addAll(registered);
    for (String key : registered) {
      if (key.startsWith(TransliterationKeys.ACRONYM)) {
        keys.add(
            TransliterationKeys.INITIALS + key.substring(TransliterationKeys.ACRONYM.length()));
      } else if (type == EntityType.PERSON && key.startsWith(TransliterationKeys.SURNAME)) {
        keys.add(TransliterationKeys.GIVEN + key.substring(TransliterationKeys.SURNAME.length()));
      }
    }
    return keys;
  }

  /** A 64-bit hash of {@code TYPE|key} (FNV-1a over the characters, then a SplitMix finish). */
  static long hash(EntityType type, String key) {
    long h = 0xcbf29ce484222325L;
    String s = type.name() + '|' + key;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
