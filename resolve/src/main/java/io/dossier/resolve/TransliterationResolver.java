// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.Ids;
import io.dossier.model.LocalEntity;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.resolve.NameMatcher.Comparison;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an article's within-document entities against the knowledge base under every spelling
 * the press uses, never guessing: the replacement for {@link ExactNameResolver}. Incremental: each
 * article's entities are linked to entities found through {@link CandidateLookup#find} under the
 * {@link TransliterationKeys#keys blocking keys} of their names, scored by {@link NameMatcher}
 * against every name the candidate is known by ({@link CandidateLookup#names}), or become new
 * entities. Stateless and thread-safe; the lookup is asked only from the calling thread.
 *
 * <p>Decisions, precision before recall:
 *
 * <ul>
 *   <li><b>Types</b> are never mixed: candidates are looked up for the local entity's type only.
 *   <li><b>Complete link.</b> A local entity joins a candidate only if its name matches
 *       <em>every</em> full name the candidate is known by (not only its canonical name) that
 *       shares a word with it, so that A ~ B and B ~ C never join A and C when A and C conflict. A
 *       name with no word in common (a nom de guerre a curator merged in) is not a conflict. A name
 *       the candidate already carries (the same normalized name) links directly ({@value
 *       NameMatcher#RULE_EXACT}).
 *   <li><b>Ambiguity.</b> If several candidates match, the one that carries the exact name wins;
 *       otherwise the local entity becomes a new entity.
 *   <li><b>Curators' splits.</b> A name equal to a name in {@link CandidateLookup#forbiddenNames}
 *       (once particles and case are normalized), or with the same transliteration key unless the
 *       entity still carries it, never links to that entity.
 *   <li><b>Surname alone</b> ("Haftar"): linked to the one person in the corpus whose surname
 *       matches ({@value NameMatcher#RULE_SURNAME_UNIQUE}), only if no other entity has that
 *       surname or uses that word as a given name, and the article has no other full name with that
 *       surname; otherwise to the one existing entity named by that surname alone, or to a new one.
 *   <li><b>Acronyms</b> ("LNA"): linked to the one entity of the same type that defined it in some
 *       article, else to the one whose initials it is ({@value NameMatcher#RULE_ACRONYM_INITIALS}),
 *       else to the one existing entity with that same name; otherwise new. The same link is made
 *       the other way round: a full name that defines its acronym ("… (UNSMIK)") and matches no
 *       full name joins the one entity known by that acronym alone, so that the partition does not
 *       depend on which article came first.
 *   <li><b>Reversed order</b> without a comma or capitals ("Haftar Khalifa") links only when the
 *       side written surname first is also named by its first word alone, in the same article or
 *       among the candidate's names.
 *   <li><b>Cannot-link.</b> Two local entities of one article never resolve to the same entity (the
 *       extractor found them to be different): the best-scoring one links, the other becomes new.
 *   <li><b>Cost.</b> A blocking key with more than {@value #MAX_CANDIDATES_PER_KEY} entities is too
 *       common to decide anything and is skipped; a typo is looked for (through the consonant
 *       skeleton) only when no candidate matched otherwise.
 * </ul>
 *
 * <p>A new entity's id is {@code Ids.hashed("e", documentId + "#" + index)}. The canonical mention
 * of a local entity gets the cross-document rule ({@code canonical} for a new entity, otherwise the
 * rule that linked it); its other mentions keep their within-article rule.
 */
public final class TransliterationResolver implements EntityResolver {

  /** Rule of the mention that named a new entity. */
  public static final String RULE_CANONICAL = "canonical";

  /** Blocking keys with more entities than this are too common to link by. */
  public static final int MAX_CANDIDATES_PER_KEY = 50;

  private static final String LINK_CANONICAL = "canonical";

  private final NameMatcher matcher = new NameMatcher();

  /**
   * Parsed names by type and spelling. Every article re-reads its candidates' aliases, and the
   * names of a big entity (thousands of mentions, dozens of spellings) would otherwise be parsed
   * again for each article that mentions it. Parsing is a pure function of the string, so this is a
   * memo, not state: bounded, cleared when full, safe to share between threads.
   */
  private final Map<String, ParsedName> parsedNames =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_PARSED_NAMES = 200_000;

  private ParsedName parse(EntityType type, String name) {
    if (parsedNames.size() > MAX_PARSED_NAMES) {
      parsedNames.clear();
    }
    return parsedNames.computeIfAbsent(
        type.name() + '|' + name, k -> TransliterationKeys.parse(type, name));
  }

  /** Creates a resolver; it holds no state. */
  public TransliterationResolver() {}

  @Override
  public ResolvedDocument resolve(DocumentAnalysis analysis, CandidateLookup lookup) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(lookup, "lookup");
    return new Run(analysis, lookup).resolve();
  }

  @Override
  public List<EntityKey> keys(EntityHead entity, Collection<String> names) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(names, "names");
    return TransliterationKeys.keys(entity.type(), names).stream()
        .map(k -> new EntityKey(k, entity.type(), entity.id()))
        .toList();
  }

  /** A proposed link of one local entity (by position) to an existing entity. */
  private record Proposal(int position, EntityHead head, double score, String rule) {}

  /** The outcome of choosing among candidates. */
  private record Choice(@Nullable Proposal link, boolean ambiguous) {
    static final Choice NONE = new Choice(null, false);
    static final Choice AMBIGUOUS = new Choice(null, true);
  }

  /** What resolution needs to know about one candidate entity, read once per article. */
  private static final class View {
    final EntityHead head;

    /** Its full names: for a person, names of two or more words; otherwise not acronyms. */
    final List<ParsedName> full = new ArrayList<>();

    /** A person's one-word names. */
    final List<NameToken> bare = new ArrayList<>();

    final Set<String> acronyms = new HashSet<>();
    final Set<String> exactNames = new HashSet<>();
    final Set<String> ownStrict = new HashSet<>();
    final Set<String> forbiddenStrict = new HashSet<>();
    final Set<String> forbiddenKeys = new HashSet<>();

    View(EntityHead head) {
      this.head = head;
    }

    /** A curator split this name (or its transliteration class) off the entity. */
    boolean forbids(ParsedName name) {
      String strict = name.strictKey();
      return forbiddenStrict.contains(strict)
          || (forbiddenKeys.contains(name.orderedKey()) && !ownStrict.contains(strict));
    }
  }

  /** The resolution of one article. */
  private final class Run {
    private final DocumentAnalysis analysis;
    private final CandidateLookup lookup;
    private final String document;
    private final List<LocalEntity> locals;
    private final List<ParsedName> parsed = new ArrayList<>();
    private final Map<String, View> views = new HashMap<>();
    private final Map<String, @Nullable List<EntityHead>> found = new HashMap<>();
    private final Map<Integer, Proposal> proposals = new HashMap<>();
    private final List<Integer> unmatched = new ArrayList<>();
    private @Nullable Set<String> documentBareKeys;

    Run(DocumentAnalysis analysis, CandidateLookup lookup) {
      this.analysis = analysis;
      this.lookup = lookup;
      this.document = analysis.article().id();
      this.locals = analysis.entities();
      for (LocalEntity local : locals) {
        parsed.add(parse(local.type(), local.name()));
      }
    }

    ResolvedDocument resolve() {
      // full names and acronyms first: a surname alone is judged knowing what they linked to
      for (int i = 0; i < locals.size(); i++) {
        ParsedName p = parsed.get(i);
        if (p.empty() || isBarePerson(i)) {
          continue;
        }
        Choice choice = p.acronym() != null ? acronym(i, p) : tiered(i, p);
        if (choice.link() != null) {
          proposals.put(i, choice.link());
        } else if (!choice.ambiguous()) {
          unmatched.add(i);
        }
      }
      dropConflicts();
      Set<String> taken = new HashSet<>();
      proposals.values().forEach(pr -> taken.add(pr.head().id()));
      // a full name that defines its acronym here ("United Nations Support Mission in Karesh
      // (UNSMIK)") and matched no full name joins the one entity known by that acronym alone:
      // the link a later bare "UNSMIK" would make to it, made when the bare uses came first
      for (int i : unmatched) {
        if (!proposals.containsKey(i)) {
          Proposal definer = definedAcronym(i, taken);
          if (definer != null) {
            proposals.put(i, definer);
            taken.add(definer.head().id());
          }
        }
      }
      // an acronym that lost its expansion to a full name of this article ("U.S." beside "United
      // States") falls back to the entity known by the acronym alone rather than a new one
      for (int i = 0; i < locals.size(); i++) {
        ParsedName p = parsed.get(i);
        if (p.acronym() != null && !proposals.containsKey(i)) {
          Proposal fallback = sameAcronym(i, p, taken);
          if (fallback != null) {
            proposals.put(i, fallback);
            taken.add(fallback.head().id());
          }
        }
      }
      for (int i = 0; i < locals.size(); i++) {
        if (!parsed.get(i).empty() && isBarePerson(i)) {
          Proposal pr = surnameAlone(i, parsed.get(i), taken);
          if (pr != null) {
            proposals.put(i, pr);
          }
        }
      }
      dropConflicts();
      return build();
    }

    private boolean isBarePerson(int i) {
      return locals.get(i).type() == EntityType.PERSON && parsed.get(i).bare();
    }

    private String exactKey(int i) {
      return TransliterationKeys.EXACT + NameKeys.exact(locals.get(i).name());
    }

    // --- full names ---

    /**
     * Candidates under the exact and transliteration keys of the name first ({@code n: p:} for a
     * person, {@code n: v:} otherwise); under its consonant skeleton ({@code k:}) only if none
     * matched, for a typo.
     */
    private Choice tiered(int i, ParsedName p) {
      Map<String, EntityHead> first = new LinkedHashMap<>();
      List<String> skeletons = new ArrayList<>();
      for (String key : TransliterationKeys.keys(p.type(), locals.get(i).name())) {
        if (key.startsWith(TransliterationKeys.EXACT)
            || key.startsWith(TransliterationKeys.PERSON)
            || key.startsWith(TransliterationKeys.NAME)) {
          collect(first, p.type(), key);
        } else if (key.startsWith(TransliterationKeys.SKELETON)) {
          skeletons.add(key);
        }
      }
      Choice choice = choose(i, p, first.values());
      if (choice.link() != null || choice.ambiguous()) {
        return choice;
      }
      Map<String, EntityHead> second = new LinkedHashMap<>();
      skeletons.forEach(key -> collect(second, p.type(), key));
      first.keySet().forEach(second::remove);
      return choose(i, p, second.values());
    }

    private Choice choose(int i, ParsedName p, Collection<EntityHead> candidates) {
      List<Proposal> fits = new ArrayList<>();
      for (EntityHead head : candidates) {
        View v = view(head);
        if (v.full.isEmpty() || v.forbids(p)) {
          continue;
        }
        Proposal pr = evaluate(i, p, v);
        if (pr != null) {
          fits.add(pr);
        }
      }
      if (fits.size() == 1) {
        return new Choice(fits.get(0), false);
      }
      List<Proposal> exact =
          fits.stream().filter(pr -> pr.rule().equals(NameMatcher.RULE_EXACT)).toList();
      if (!exact.isEmpty()) {
        // several entities carry this very name (an article had two chains with one name, or a
        // curator split one): the oldest takes it, else every later article would add another
        return new Choice(exact.get(0), false);
      }
      return fits.isEmpty() ? Choice.NONE : Choice.AMBIGUOUS;
    }

    /** Complete link: the name must match every related full name of the candidate. */
    private @Nullable Proposal evaluate(int i, ParsedName p, View v) {
      if (v.exactNames.contains(NameKeys.exact(locals.get(i).name()))) {
        return new Proposal(i, v.head, 1.0, NameMatcher.RULE_EXACT);
      }
      Comparison best = null;
      ParsedName bestAlias = null;
      for (ParsedName alias : v.full) {
        Comparison c = matcher.compare(p, alias);
        if (!c.same()) {
          if (related(p, alias)) {
            return null;
          }
          continue; // a name with no word in common (a merged nom de guerre) does not conflict
        }
        if (best == null || c.score() > best.score()) {
          best = c;
          bestAlias = alias;
        }
      }
      if (best == null || bestAlias == null) {
        return null;
      }
      if (best.reversedUnmarked() && !orderEvidence(p, bestAlias, v)) {
        return null;
      }
      return new Proposal(i, v.head, best.score(), best.rule());
    }

    /** The names share a word, by key: a conflict between them is a real conflict. */
    private boolean related(ParsedName a, ParsedName b) {
      for (NameToken x : a.tokens()) {
        for (NameToken y : b.tokens()) {
          if (TransliterationKeys.sameKey(x, y)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The side written surname first is also called by its first word alone. */
    private boolean orderEvidence(ParsedName local, ParsedName alias, View v) {
      for (NameToken t : v.bare) {
        if (TransliterationKeys.sameKey(t, alias.first())) {
          return true;
        }
      }
      return documentBareKeys().contains(local.first().key())
          || documentBareKeys().contains(local.first().alt());
    }

    private Set<String> documentBareKeys() {
      if (documentBareKeys == null) {
        Set<String> keys = new HashSet<>();
        for (LocalEntity local : locals) {
          if (local.type() != EntityType.PERSON) {
            continue;
          }
          for (EntityMention m : local.mentions()) {
            ParsedName p = parse(EntityType.PERSON, m.text());
            if (p.bare()) {
              keys.add(p.last().key());
              keys.add(p.last().alt());
            }
          }
        }
        documentBareKeys = keys;
      }
      return documentBareKeys;
    }

    // --- acronyms ---

    private Choice acronym(int i, ParsedName p) {
      String letters = Objects.requireNonNull(p.acronym());
      EntityType type = p.type();
      List<EntityHead> defined = new ArrayList<>();
      for (EntityHead head : heads(type, TransliterationKeys.ACRONYM + letters)) {
        View v = view(head);
        if (!v.full.isEmpty() && !v.forbids(p)) {
          defined.add(head);
        }
      }
      if (defined.size() == 1) {
        return new Choice(
            new Proposal(i, defined.get(0), 0.85, NameMatcher.RULE_ACRONYM_INITIALS), false);
      }
      if (defined.isEmpty()) {
        List<EntityHead> initials = new ArrayList<>();
        for (EntityHead head : heads(type, TransliterationKeys.INITIALS + letters)) {
          View v = view(head);
          if (!v.forbids(p) && hasInitials(v, letters)) {
            initials.add(head);
          }
        }
        if (initials.size() == 1) {
          return new Choice(
              new Proposal(i, initials.get(0), 0.8, NameMatcher.RULE_ACRONYM_INITIALS), false);
        }
      }
      Proposal same = sameAcronym(i, p, Set.of());
      return same == null ? Choice.NONE : new Choice(same, false);
    }

    /**
     * The entity known by this very acronym (or name) alone, not in {@code taken}; the oldest when
     * several carry it (see choose).
     */
    private @Nullable Proposal sameAcronym(int i, ParsedName p, Set<String> taken) {
      String letters = Objects.requireNonNull(p.acronym());
      String exact = NameKeys.exact(locals.get(i).name());
      Map<String, EntityHead> pool = new LinkedHashMap<>();
      collect(pool, p.type(), TransliterationKeys.ACRONYM + letters);
      collect(pool, p.type(), exactKey(i));
      for (EntityHead head : pool.values()) {
        View v = view(head);
        boolean alone = v.full.isEmpty() && v.acronyms.contains(letters);
        if (!v.forbids(p)
            && (alone || v.exactNames.contains(exact))
            && !taken.contains(head.id())) {
          return new Proposal(i, head, 1.0, NameMatcher.RULE_EXACT);
        }
      }
      return null;
    }

    /**
     * For a full name whose acronym the article defines: the one entity, not in {@code taken},
     * known by that acronym alone and by no full name; none when several are.
     */
    private @Nullable Proposal definedAcronym(int i, Set<String> taken) {
      LocalEntity local = locals.get(i);
      if (local.acronym() == null || local.type() == EntityType.PERSON) {
        return null;
      }
      String letters = parse(local.type(), local.acronym()).acronym();
      if (letters == null) {
        return null;
      }
      ParsedName p = parsed.get(i);
      List<EntityHead> alone = new ArrayList<>();
      for (EntityHead head : heads(local.type(), TransliterationKeys.ACRONYM + letters)) {
        View v = view(head);
        if (v.full.isEmpty()
            && v.acronyms.contains(letters)
            && !v.forbids(p)
            && !taken.contains(head.id())) {
          alone.add(head);
        }
      }
      return alone.size() == 1
          ? new Proposal(i, alone.get(0), 0.85, NameMatcher.RULE_ACRONYM_INITIALS)
          : null;
    }

    private boolean hasInitials(View v, String letters) {
      for (ParsedName alias : v.full) {
        if (TransliterationKeys.initials(alias.original()).contains(letters)) {
          return true;
        }
      }
      return false;
    }

    // --- surnames alone ---

    private @Nullable Proposal surnameAlone(int i, ParsedName p, Set<String> taken) {
      NameToken t = p.last();
      List<EntityHead> bySurname = readings(TransliterationKeys.SURNAME, t);
      List<EntityHead> byGiven = readings(TransliterationKeys.GIVEN, t);
      boolean clash = bySurname == null || byGiven == null || articleHasSurname(i, t);
      // the people this word can name: by their surname, or by a given name used alone
      Set<String> named = new LinkedHashSet<>();
      List<View> sinks = new ArrayList<>();
      View unique = null;
      if (bySurname != null) {
        for (EntityHead head : bySurname) {
          View v = view(head);
          boolean shares =
              v.bare.stream().anyMatch(b -> sameWord(b, t))
                  || v.full.stream().anyMatch(a -> sameWord(a.last(), t));
          if (!shares) {
            continue; // same skeleton, other vowels: Hussein is not Hassan
          }
          named.add(head.id());
          if (v.forbids(p) || taken.contains(head.id())) {
            continue;
          }
          if (v.full.isEmpty()) {
            sinks.add(v);
            unique = v;
          } else if (v.full.stream().allMatch(a -> sameWord(a.last(), t))) {
            unique = v;
          }
        }
      }
      if (byGiven != null) {
        for (EntityHead head : byGiven) {
          if (!named.contains(head.id())
              && view(head).full.stream().anyMatch(a -> sameWord(a.first(), t))) {
            named.add(head.id());
          }
        }
      }
      if (!clash && named.size() == 1 && unique != null) {
        if (!unique.full.isEmpty()) {
          return new Proposal(i, unique.head, 0.6, NameMatcher.RULE_SURNAME_UNIQUE);
        }
        return bareLink(i, p, unique);
      }
      if (bySurname == null) {
        // too common to count: only an entity named by this very word alone can take it
        String exact = NameKeys.exact(locals.get(i).name());
        for (EntityHead head : heads(EntityType.PERSON, exactKey(i))) {
          View v = view(head);
          if (v.full.isEmpty()
              && v.exactNames.contains(exact)
              && !v.forbids(p)
              && !taken.contains(head.id())) {
            sinks.add(v);
          }
        }
      }
      if (sinks.size() == 1) {
        return bareLink(i, p, sinks.get(0));
      }
      // several bare entities: the oldest that carries this very spelling, never a new duplicate
      String spelled = NameKeys.exact(locals.get(i).name());
      for (View sink : sinks) {
        if (sink.exactNames.contains(spelled)) {
          return bareLink(i, p, sink);
        }
      }
      return null;
    }

    /**
     * The entities under a key of both readings of a word; {@code null} if either is too common.
     */
    private @Nullable List<EntityHead> readings(String prefix, NameToken t) {
      List<EntityHead> byKey = bounded(EntityType.PERSON, prefix + t.key());
      if (!t.hasAlt() || byKey == null) {
        return byKey;
      }
      List<EntityHead> byAlt = bounded(EntityType.PERSON, prefix + t.alt());
      if (byAlt == null) {
        return null;
      }
      Map<String, EntityHead> both = new LinkedHashMap<>();
      byKey.forEach(h -> both.putIfAbsent(h.id(), h));
      byAlt.forEach(h -> both.putIfAbsent(h.id(), h));
      return List.copyOf(both.values());
    }

    private Proposal bareLink(int i, ParsedName p, View v) {
      if (v.exactNames.contains(NameKeys.exact(locals.get(i).name()))) {
        return new Proposal(i, v.head, 1.0, NameMatcher.RULE_EXACT);
      }
      Comparison c = matcher.compare(p, parse(EntityType.PERSON, v.head.name()));
      return new Proposal(
          i,
          v.head,
          c.same() ? c.score() : 0.9,
          c.same() ? c.rule() : NameMatcher.RULE_TRANSLITERATION);
    }

    /** Another person of this article has a full name with this surname. */
    private boolean articleHasSurname(int self, NameToken t) {
      for (int j = 0; j < locals.size(); j++) {
        ParsedName q = parsed.get(j);
        if (j != self
            && locals.get(j).type() == EntityType.PERSON
            && q.tokens().size() >= 2
            && sameWord(q.last(), t)) {
          return true;
        }
      }
      return false;
    }

    private boolean sameWord(NameToken a, NameToken b) {
      return a.text().equals(b.text()) || TransliterationKeys.compatible(a, b, false);
    }

    // --- lookups ---

    private View view(EntityHead head) {
      View known = views.get(head.id());
      if (known != null) {
        return known;
      }
      View v = new View(head);
      EntityType type = head.type();
      for (String name : lookup.forbiddenNames(head.id())) {
        ParsedName f = parse(type, name);
        if (!f.empty()) {
          v.forbiddenStrict.add(f.strictKey());
          v.forbiddenKeys.add(f.orderedKey());
        }
      }
      Set<String> seen = new HashSet<>();
      List<String> names = new ArrayList<>();
      names.add(head.name());
      lookup.names(head.id()).forEach(a -> names.add(a.name()));
      for (String name : names) {
        if (!seen.add(name)) {
          continue;
        }
        ParsedName a = parse(type, name);
        if (a.empty() || v.forbiddenStrict.contains(a.strictKey())) {
          continue;
        }
        v.exactNames.add(NameKeys.exact(name));
        v.ownStrict.add(a.strictKey());
        if (type == EntityType.PERSON) {
          if (a.bare()) {
            v.bare.add(a.last());
          } else {
            v.full.add(a);
          }
        } else if (a.acronym() != null) {
          v.acronyms.add(a.acronym());
        } else {
          v.full.add(a);
        }
      }
      views.put(head.id(), v);
      return v;
    }

    /** The entities under a key; empty when the key is too common. */
    private List<EntityHead> heads(EntityType type, String key) {
      List<EntityHead> list = bounded(type, key);
      return list == null ? List.of() : list;
    }

    /** The distinct entities under a key, or {@code null} when it has too many to decide by. */
    private @Nullable List<EntityHead> bounded(EntityType type, String key) {
      String cacheKey = type + "|" + key;
      if (found.containsKey(cacheKey)) {
        return found.get(cacheKey);
      }
      List<EntityHead> list = lookup.find(type, key, MAX_CANDIDATES_PER_KEY + 1);
      List<EntityHead> result = null;
      if (list.size() <= MAX_CANDIDATES_PER_KEY) {
        Map<String, EntityHead> distinct = new LinkedHashMap<>();
        for (EntityHead h : list) {
          if (h.type() == type) {
            distinct.putIfAbsent(h.id(), h);
          }
        }
        result = List.copyOf(distinct.values());
      }
      found.put(cacheKey, result);
      return result;
    }

    private void collect(Map<String, EntityHead> into, EntityType type, String key) {
      for (EntityHead h : heads(type, key)) {
        into.putIfAbsent(h.id(), h);
      }
    }

    /** Within one article, an existing entity goes to the best-scoring local entity only. */
    private void dropConflicts() {
      Map<String, Proposal> best = new HashMap<>();
      for (Proposal pr : proposals.values()) {
        Proposal other = best.get(pr.head().id());
        if (other == null
            || pr.score() > other.score()
            || (pr.score() == other.score() && pr.position() < other.position())) {
          best.put(pr.head().id(), pr);
        }
      }
      proposals.values().removeIf(pr -> best.get(pr.head().id()) != pr);
    }

    // --- output ---

    private ResolvedDocument build() {
      List<EntityHead> created = new ArrayList<>();
      List<ResolvedMention> mentions = new ArrayList<>();
      Set<EntityKey> keys = new LinkedHashSet<>();
      for (int i = 0; i < locals.size(); i++) {
        LocalEntity local = locals.get(i);
        Proposal pr = proposals.get(i);
        EntityHead head;
        String rule;
        if (pr == null) {
          head =
              new EntityHead(
                  Ids.hashed("e", document + "#" + local.index()), local.type(), local.name());
          created.add(head);
          rule = RULE_CANONICAL;
        } else {
          head = pr.head();
          rule = pr.rule();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(local.name());
        if (local.acronym() != null) {
          names.add(local.acronym());
        }
        for (EntityMention m : local.mentions()) {
          names.add(m.text());
          mentions.add(
              new ResolvedMention(
                  head.id(),
                  document,
                  m.span(),
                  m.text(),
                  m.title(),
                  m.link().equals(LINK_CANONICAL) ? rule : m.link()));
        }
        for (String key : TransliterationKeys.keys(local.type(), names)) {
          keys.add(new EntityKey(key, local.type(), head.id()));
        }
      }
      mentions.sort(Comparator.comparing(ResolvedMention::span));
      return new ResolvedDocument(analysis, created, mentions, List.copyOf(keys));
    }
  }
}
