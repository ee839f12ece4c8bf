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
import org.jspecify.annotations.Nullable;

/**
 * Counts sources as independent outlets: a syndicated copy ({@code duplicate_of}) counts as its
 * original, and two documents of one outlet count once.
 */
final class Sources {
  /** What counting needs of a document: where it appeared and what it copies. */
  private record Origin(@Nullable String outlet, @Nullable String duplicateOf) {}

  private final Map<String, Origin> byId = new HashMap<>();

  /** No documents yet: {@link #add} them as they stream past. */
  Sources() {}

  Sources(Collection<DocumentFacts> documents) {
    documents.forEach(d -> add(d.article()));
  }

  /** Adds a document; nothing of its text is kept. */
  void add(Article article) {
    byId.put(article.id(), new Origin(article.outlet(), article.duplicateOf()));
  }

  /** The outlet (or document id) under which a document counts. */
  String name(String documentId) {
    Origin a = byId.get(documentId);
    if (a == null) {
      return documentId;
    }
    return a.outlet() != null ? a.outlet() : documentId;
  }

  /** The independent source a document counts as: its original's source for a copy. */
  String independentKey(String documentId) {
    String id = documentId;
    Set<String> seen = new HashSet<>();
    while (seen.add(id)) {
      Origin a = byId.get(id);
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
