// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static io.dossier.extract.entity.EntityExtractor.LINK_ACRONYM;
import static io.dossier.extract.entity.EntityExtractor.LINK_CANONICAL;
import static io.dossier.extract.entity.EntityExtractor.LINK_PARTIAL_NAME;
import static io.dossier.extract.entity.EntityExtractor.LINK_SAME_NAME;
import static io.dossier.extract.entity.EntityExtractor.LINK_SURNAME;

import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups the cleaned mentions of one article into within-document entities, reading them in text
 * order so that "earlier" means earlier in the article. Entities are union-find sets, because a
 * person's full name can arrive after a mis-typed mention of it.
 */
final class EntityLinker {

  /** Attach rule of a mention that started a new entity; replaced when labels are assigned. */
  private static final String NEW = "new";

  /** The non-person types that a person's name is sometimes tagged with by mistake. */
  private static final List<EntityType> MISTYPED_PERSON =
      List.of(EntityType.ORGANIZATION, EntityType.MISC);

  private record FullName(int entity, String norm, PersonName name) {}

  private final String document;
  private final List<Candidate> candidates;
  private final Map<String, AcronymFinder.Definition> byAcronym;
  private final Map<String, AcronymFinder.Definition> byFullName = new HashMap<>();

  private final int[] entityOf;
  private final String[] how;
  private final List<Integer> parent = new ArrayList<>();
  private final List<@Nullable String> acronymOf = new ArrayList<>();
  private final List<Integer> size = new ArrayList<>();
  private final Set<Integer> acronymEntities = new LinkedHashSet<>();
  private final Map<String, Integer> sameName = new HashMap<>();
  private final Map<String, Integer> entityOfAcronym = new HashMap<>();
  private final List<FullName> fullNames = new ArrayList<>();

  EntityLinker(String document, AcronymFinder.Result found) {
    this.document = document;
    this.candidates = found.candidates();
    this.byAcronym = found.definitions();
    for (AcronymFinder.Definition d : byAcronym.values()) {
      byFullName.putIfAbsent(d.full().norm(), d);
    }
    this.entityOf = new int[candidates.size()];
    this.how = new String[candidates.size()];
  }

  List<LocalEntity> link() {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      AcronymFinder.Definition d = byAcronym.get(c.text());
      if (d != null) {
        assign(i, acronymEntity(d), LINK_ACRONYM);
        continue;
      }
      d = byFullName.get(c.norm());
      if (d != null) {
        int e = acronymEntity(d);
        assign(i, e, size.get(e) == 0 ? NEW : LINK_SAME_NAME);
        remember(c.type(), c.norm(), e);
      } else if (c.type() == EntityType.PERSON) {
        linkPerson(i, c);
      } else if (MISTYPED_PERSON.contains(c.type()) && !Acronyms.shaped(c.text())) {
        linkPossiblePerson(i, c);
      } else {
        linkByName(i, c);
      }
    }
    return entities();
  }

  private void linkPerson(int i, Candidate c) {
    PersonName name = PersonName.of(c.norm());
    if (name.bare()) {
      Set<Integer> matches = bySurname(name);
      if (matches.size() == 1) {
        // not remembered under its own name: a later "Haftar" is checked against full names again
        assign(i, matches.iterator().next(), LINK_SURNAME);
      } else {
        linkByName(i, c);
      }
      return;
    }
    Integer e = lookup(EntityType.PERSON, c.norm());
    String rule = LINK_SAME_NAME;
    if (e == null) {
      Set<Integer> matches = new LinkedHashSet<>();
      for (FullName f : fullNames) {
        if (!f.norm().equals(c.norm()) && PersonName.compatible(f.name(), name)) {
          matches.add(find(f.entity()));
        }
      }
      if (matches.size() == 1) {
        e = matches.iterator().next();
        rule = LINK_PARTIAL_NAME;
      } else {
        e = newEntity();
        rule = NEW;
      }
    }
    assign(i, e, rule);
    remember(EntityType.PERSON, c.norm(), e);
    if (!rule.equals(LINK_SAME_NAME)) {
      fullNames.add(new FullName(e, c.norm(), name));
    }
    // the same full name tagged as an organisation earlier was this person all along
    for (EntityType t : MISTYPED_PERSON) {
      Integer other = lookup(t, c.norm());
      if (other != null && !acronymEntities.contains(other)) {
        union(e, other);
      }
    }
  }

  /**
   * An organisation or MISC mention that may be a mis-typed person: it joins a person only through
   * that person's full name (the whole name, or a surname with exactly one earlier full name).
   */
  private void linkPossiblePerson(int i, Candidate c) {
    PersonName name = PersonName.of(c.norm());
    if (name.bare()) {
      Set<Integer> matches = bySurname(name);
      if (matches.size() == 1) {
        assign(i, matches.iterator().next(), LINK_SURNAME);
        return;
      }
    } else {
      Integer person = lookup(EntityType.PERSON, c.norm());
      if (person != null) {
        assign(i, person, LINK_SAME_NAME);
        remember(c.type(), c.norm(), person);
        return;
      }
    }
    linkByName(i, c);
  }

  private void linkByName(int i, Candidate c) {
    Integer e = lookup(c.type(), c.norm());
    if (e == null) {
      e = newEntity();
      assign(i, e, NEW);
    } else {
      assign(i, e, LINK_SAME_NAME);
    }
    remember(c.type(), c.norm(), e);
  }

  /** The distinct entities with an earlier full person name whose surname is {@code name}'s. */
  private Set<Integer> bySurname(PersonName name) {
    Set<Integer> matches = new LinkedHashSet<>();
    for (FullName f : fullNames) {
      if (f.name().surname().equals(name.surname())) {
        matches.add(find(f.entity()));
      }
    }
    return matches;
  }

  /** The entity of a defined acronym, created (or found by its full name) on first use. */
  private int acronymEntity(AcronymFinder.Definition d) {
    Integer known = entityOfAcronym.get(d.acronym());
    if (known != null) {
      return find(known);
    }
    Integer e = lookup(d.full().type(), d.full().norm());
    for (EntityType t : EntityType.values()) {
      if (e == null) {
        e = lookup(t, d.full().norm());
      }
    }
    int id = e == null ? newEntity() : e;
    entityOfAcronym.put(d.acronym(), id);
    acronymEntities.add(id);
    if (acronymOf.get(id) == null) {
      acronymOf.set(id, d.acronym());
    }
    return id;
  }

  private @Nullable Integer lookup(EntityType type, String norm) {
    Integer e = sameName.get(type + "|" + norm);
    return e == null ? null : find(e);
  }

  private void remember(EntityType type, String norm, int entity) {
    sameName.putIfAbsent(type + "|" + norm, entity);
  }

  private void assign(int candidate, int entity, String rule) {
    int root = find(entity);
    entityOf[candidate] = root;
    how[candidate] = rule;
    size.set(root, size.get(root) + 1);
  }

  private int newEntity() {
    int id = parent.size();
    parent.add(id);
    acronymOf.add(null);
    size.add(0);
    return id;
  }

  private int find(int e) {
    int root = e;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(e) != root) {
      int next = parent.get(e);
      parent.set(e, root);
      e = next;
    }
    return root;
  }

  /** Merges {@code other} into {@code keep}'s set, keeping {@code keep}'s root. */
  private void union(int keep, int other) {
    int a = find(keep);
    int b = find(other);
    if (a == b) {
      return;
    }
    parent.set(b, a);
    size.set(a, size.get(a) + size.get(b));
    if (acronymOf.get(a) == null) {
      acronymOf.set(a, acronymOf.get(b));
    }
    if (acronymEntities.contains(b)) {
      acronymEntities.add(a);
    }
  }

  private List<LocalEntity> entities() {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      groups.computeIfAbsent(find(entityOf[i]), k -> new ArrayList<>()).add(i);
    }
    List<LocalEntity> out = new ArrayList<>(groups.size());
    for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
      out.add(entity(out.size(), group.getValue(), acronymOf.get(group.getKey())));
    }
    return List.copyOf(out);
  }

  private LocalEntity entity(int index, List<Integer> members, @Nullable String acronym) {
    Candidate canonical = candidates.get(canonical(members, acronym));
    EntityType type = canonical.type();
    List<EntityMention> mentions = new ArrayList<>(members.size());
    for (int i : members) {
      Candidate c = candidates.get(i);
      String link = c == canonical ? LINK_CANONICAL : label(i, canonical, acronym);
      mentions.add(
          new EntityMention(
              new Provenance(
                  document, new Span(c.start(), c.end()), c.rule(), EntityExtractor.RULE_VERSION),
              c.text(),
              type,
              c.title(),
              link));
    }
    return new LocalEntity(
        index, type, Names.collapseWhitespace(canonical.text()), acronym, mentions);
  }

  /**
   * The mention that names the entity most fully: the most words, then the earliest; never the
   * acronym; a person's name rather than the same name mis-typed as an organisation.
   */
  private int canonical(List<Integer> members, @Nullable String acronym) {
    List<Integer> pool = new ArrayList<>();
    for (int i : members) {
      Candidate c = candidates.get(i);
      if (!c.scanned() && !c.text().equals(acronym)) {
        pool.add(i);
      }
    }
    if (pool.isEmpty()) {
      pool.addAll(members);
    }
    boolean mixed = pool.stream().map(i -> candidates.get(i).type()).distinct().count() > 1;
    if (mixed) {
      List<Integer> persons = new ArrayList<>();
      for (int i : pool) {
        Candidate c = candidates.get(i);
        if (c.type() == EntityType.PERSON && !PersonName.of(c.norm()).bare()) {
          persons.add(i);
        }
      }
      if (!persons.isEmpty()) {
        pool = persons;
      }
    }
    int best = pool.get(0);
    for (int i : pool) {
      if (candidates.get(i).words() > candidates.get(best).words()) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Why a mention belongs to its entity. The rule recorded when it was attached, unless it started
   * the entity and a fuller name arrived later; then the rule follows from how it relates to the
   * canonical name.
   */
  private String label(int i, Candidate canonical, @Nullable String acronym) {
    if (!how[i].equals(NEW)) {
      return how[i];
    }
    Candidate c = candidates.get(i);
    if (c.text().equals(acronym)) {
      return LINK_ACRONYM;
    }
    if (c.norm().equals(canonical.norm())) {
      return LINK_SAME_NAME;
    }
    if (canonical.type() == EntityType.PERSON) {
      return PersonName.of(c.norm()).bare() ? LINK_SURNAME : LINK_PARTIAL_NAME;
    }
    return acronym != null ? LINK_ACRONYM : LINK_SAME_NAME;
  }
}
