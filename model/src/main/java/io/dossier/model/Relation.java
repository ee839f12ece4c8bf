// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation between two resolved entities, merged over every document that states it.
 *
 * @param id {@code r-} followed by a hash of subject, predicate and object
 * @param subject the subject entity id
 * @param predicate what the relation says
 * @param object the object entity id
 * @param evidence the passages that state it, each with document, span and the rule that found it
 * @param sources the outlets (else document ids) that state it
 * @param independentSources outlets counted once, syndicated copies counting as their original
 * @param documents the documents that state it
 */
public record Relation(
    String id,
    String subject,
    RelationPredicate predicate,
    String object,
    List<Evidence> evidence,
    List<String> sources,
    int independentSources,
    List<String> documents) {
  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    if (subject.equals(object)) {
      throw new IllegalArgumentException(
          "a relation needs two entities, got " + subject + " twice");
    }
    evidence = List.copyOf(evidence);
    sources = List.copyOf(sources);
    documents = List.copyOf(documents);
  }

  /** The id of the relation {@code subject predicate object}. */
  public static String idOf(String subject, RelationPredicate predicate, String object) {
    return Ids.hashed("r", subject + "|" + predicate.wire() + "|" + object);
  }
}
