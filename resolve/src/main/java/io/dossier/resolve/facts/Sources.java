// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts sources as independent outlets: a syndicated copy ({@code duplicate_of}) counts as its
 * original, and two documents of one outlet count once.
 */
final class Sources {
  private final Map<String, Article> byId = new HashMap<>();

  Sources(Collection<DocumentFacts> documents) {
    for (DocumentFacts d : documents) {
      byId.put(d.id(), d.article());
    }
  }

  /** The outlet (or document id) under which a document counts. */
  String name(String documentId) {
    Article a = byId.get(documentId);
    if (a == null) {
      return documentId;
    }
    return a.outlet() != null ? a.outlet() : a.id();
  }

  /** The independent source a document counts as: its original's source for a copy. */
  String independentKey(String documentId) {
    String id = documentId;
    Set<String> seen = new HashSet<>();
    while (seen.add(id)) {
      Article a = byId.get(id);
      if (a == null) {
        return "copy-of:" + id;
      }
      if (a.duplicateOf() == null) {
        return name(id);
      }
      id = a.duplicateOf();
    }
    return name(documentId);
  }

  /** Distinct source names of documents, in order. */
  List<String> names(Collection<String> documentIds) {
    Set<String> names = new LinkedHashSet<>();
    documentIds.forEach(d -> names.add(name(d)));
    return List.copyOf(names);
  }

  /** Number of independent sources among documents. */
  int independent(Collection<String> documentIds) {
    Set<String> keys = new HashSet<>();
    documentIds.forEach(d -> keys.add(independentKey(d)));
    return keys.size();
  }
}
