// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.ActorRole;
import io.dossier.model.Claim;
import io.dossier.model.EntityType;
import io.dossier.model.EventActor;
import io.dossier.model.EventMention;
import io.dossier.model.EventType;
import io.dossier.model.Evidence;
import io.dossier.model.Modality;
import io.dossier.model.Relation;
import io.dossier.model.RelationPredicate;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds relations between resolved entities and merges them over documents. Three kinds of
 * evidence:
 *
 * <ul>
 *   <li>event mentions whose source and target are both resolved people or organisations: hostile
 *       types (attacks, fights, coercion, threats, sanctions, condemnation, protest) say the source
 *       <em>opposes</em> the target, help (support, aid, cooperation) that it <em>supports</em> it
 *       — unless the event is denied, planned or hypothetical;
 *   <li>claims whose speaker speaks on behalf of another entity ("a spokesman for the LNA, Ahmed
 *       al-Mismari, said"): <em>speaks_for</em>;
 *   <li>the words between two adjacent entity mentions of a sentence: "LNA commander Khalifa
 *       Haftar", "Haftar, the commander of the LNA", "the UN-backed Government of National Accord",
 *       "the LNA, which is backed by Egypt" — a small table of role words and linking phrases.
 *       Former roles ("former LNA spokesman") are left out: the relation no longer holds.
 * </ul>
 *
 * <p>Every piece of evidence names its document, span and rule; a relation lists all of them with
 * the outlets that state it. The result depends only on its inputs, in input order.
 */
public final class RelationFinder {

  /** Evidence kept per relation (the sources and documents lists are complete). */
  public static final int MAX_EVIDENCE = 50;

  private static final Set<EventType> HOSTILE =
      EnumSet.of(
          EventType.ASSAULT,
          EventType.FIGHT,
          EventType.COERCE,
          EventType.THREATEN,
          EventType.SANCTION,
          EventType.DISAPPROVE,
          EventType.PROTEST);
  private static final Set<EventType> HELPFUL =
      EnumSet.of(EventType.SUPPORT, EventType.AID, EventType.COOPERATE);
  private static final Set<Modality> HAPPENED =
      EnumSet.of(Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED);
  private static final Set<EntityType> ACTORS =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
  private static final Set<EntityType> BODIES =
      EnumSet.of(EntityType.ORGANIZATION, EntityType.LOCATION);

  /** Role words and what holding the role says. */
  private static final Map<String, RelationPredicate> ROLES = roles();

  /** Roles that head a country as well as an organisation. */
  private static final Set<String> HEADS_OF_STATE =
      Set.of(
          "president",
          "prime minister",
          "premier",
          "king",
          "emir",
          "ruler",
          "leader",
          "head",
          "chancellor",
          "sultan",
          "ambassador",
          "envoy",
          "foreign minister",
          "defence minister",
          "defense minister",
          "interior minister");

  private static final String ROLE =
      "("
          + ROLES.keySet().stream()
              .sorted(Comparator.comparingInt(String::length).reversed())
              .map(r -> r.replace(" ", "\\s+").replace("-", "[-\\s]"))
              .reduce((a, b) -> a + "|" + b)
              .orElseThrow()
          + ")";
  private static final String MODS =
      "(?:(?:top|chief|senior|military|political|deputy|acting|interim|self-styled|powerful"
          + "|new|veteran|local|field|regional|official|longtime|long-time|then)\\s+)*";
  private static final String FORMER = "(?:former|ex-|ousted|deposed|one-time|onetime)";

  /** "LNA commander Haftar", "the LNA's commander Haftar": body, role, person. */
  private static final Pattern BODY_ROLE_PERSON =
      Pattern.compile(
          "^(?:['’]s)?\\s+(" + FORMER + "\\s+)?" + MODS + ROLE + "\\s*,?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** "Haftar, the commander of the LNA": person, role, body. */
  private static final Pattern PERSON_ROLE_BODY =
      Pattern.compile(
          "^\\s*,\\s*(?:who\\s+(?:is|was)\\s+)?(?:(the|a|an)\\s+)?("
              + FORMER
              + "\\s+)?"
              + MODS
              + ROLE
              + "\\s+(?:of|for|at|to|in)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "Haftar, the LNA's commander": the words after the body mention. */
  private static final Pattern POSSESSIVE_ROLE_AFTER =
      Pattern.compile(
          "^['’]s\\s+(" + FORMER + "\\s+)?" + MODS + ROLE + "\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PERSON_COMMA_THE = Pattern.compile("^\\s*,\\s*(?:the\\s+)?$");

  /** "Haftar, who leads the LNA". */
  private static final Pattern PERSON_WHO_LEADS =
      Pattern.compile(
          "^\\s*,\\s*who\\s+(leads|led|heads|commands|chairs|runs|founded)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "the UN-backed GNA": first backs second. */
  private static final Pattern X_BACKED_Y =
      Pattern.compile(
          "^\\s*-\\s*(backed|supported|funded|sponsored|armed)\\s+(?:(?:the|a|an)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "Haftar-allied LNA". */
  private static final Pattern X_ALLIED_Y =
      Pattern.compile(
          "^\\s*-\\s*(allied|aligned)\\s+(?:(?:the|a|an)\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** "the GNA, (which is) backed by Turkey": second backs first. */
  private static final Pattern Y_BACKED_BY_X =
      Pattern.compile(
          "^\\s*,\\s*(?:(?:which|who|that)\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?"
              + "(?:(?:largely|mainly|heavily|militarily|openly|reportedly)\\s+)?"
              + "(backed|supported|funded|sponsored|armed)\\s+by\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "Egypt, which backs the LNA": first backs second. */
  private static final Pattern X_WHICH_BACKS_Y =
      Pattern.compile(
          "^\\s*,\\s*(?:which|who|that)\\s+(?:(?:has\\s+)?(?:long|openly|militarily)\\s+)?"
              + "(backs|supports|backed|supported|arms|armed|funds|funded)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "forces of the LNA, loyal to Haftar" / "the LNA, loyal to Haftar": first backs second. */
  private static final Pattern X_LOYAL_TO_Y =
      Pattern.compile(
          "^\\s*,\\s*(?:(?:which|who|that)\\s+(?:is|are)\\s+)?(loyal)\\s+to\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A linking phrase between two adjacent mentions: which types may stand first and second, what it
   * says and whether the second mention is the subject.
   */
  private record Link(
      Pattern pattern,
      Set<EntityType> first,
      Set<EntityType> second,
      RelationPredicate predicate,
      boolean reversed,
      String rule) {}

  private static final Set<EntityType> ACTORS_OR_PLACES =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private static final List<Link> LINKS =
      List.of(
          new Link(
              X_BACKED_Y,
              ACTORS_OR_PLACES,
              ACTORS,
              RelationPredicate.SUPPORTS,
              false,
              "text:x-backed-y"),
          new Link(
              X_WHICH_BACKS_Y,
              ACTORS,
              ACTORS,
              RelationPredicate.SUPPORTS,
              false,
              "text:x-which-backs-y"),
          new Link(
              X_ALLIED_Y, ACTORS, ACTORS, RelationPredicate.ALLIED_WITH, false, "text:x-allied-y"),
          new Link(
              Y_BACKED_BY_X,
              ACTORS,
              ACTORS_OR_PLACES,
              RelationPredicate.SUPPORTS,
              true,
              "text:y-backed-by-x"),
          new Link(
              X_LOYAL_TO_Y,
              ACTORS,
              ACTORS,
              RelationPredicate.SUPPORTS,
              false,
              "text:x-loyal-to-y"));

  private static final int MAX_GAP = 80;

  private final Function<String, @Nullable EntityType> typeOf;

  /**
   * @param typeOf the type of a resolved entity, null when unknown
   */
  public RelationFinder(Function<String, @Nullable EntityType> typeOf) {
    this.typeOf = typeOf;
  }

  private final Map<String, Builder> found = new LinkedHashMap<>();

  /**
   * Reads the role and backing phrases of one document: its text and all its entity mentions. Call
   * it for every document before {@link #find}; nothing of the document is kept but what it states,
   * so documents can be streamed.
   */
  public void readText(DocumentFacts document) {
    sources.add(document.article());
    fromText(document, found);
  }

  private final Sources sources = new Sources();

  /**
   * Reads the event mentions of one document, in the order of {@link #readText}, after every
   * document's text was read (the evidence of a relation is kept in the order it was found).
   *
   * @param eventOf which merged event each of the document's event mentions went into
   */
  public void readEvents(DocumentFacts document, ClaimLinker.EventLookup eventOf) {
    fromEvents(document, eventOf, found);
  }

  /** Reads one linked claim, after every document's events were read. */
  public void readClaim(Claim claim) {
    fromClaim(claim, found);
  }

  /**
   * The relations of everything read, the documents counted as those read with {@link #readText}.
   */
  public List<Relation> relations() {
    List<Relation> relations = new ArrayList<>(found.size());
    for (Builder b : found.values()) {
      relations.add(b.build(sources));
    }
    return List.copyOf(relations);
  }

  /**
   * Relations stated by the documents read with {@link #readText}, by the event mentions of {@code
   * documents} (grouped into {@code events}) and by the linked claims. Call once.
   */
  public List<Relation> find(
      List<DocumentFacts> documents, EventMerger.Result events, List<Claim> claims) {
    Sources sources = new Sources(documents);
    for (DocumentFacts d : documents) {
      fromEvents(
          d,
          (document, index) -> events.eventOf().get(new EventMerger.MentionRef(document, index)),
          found);
    }
    for (Claim c : claims) {
      fromClaim(c, found);
    }
    List<Relation> relations = new ArrayList<>(found.size());
    for (Builder b : found.values()) {
      relations.add(b.build(sources));
    }
    return List.copyOf(relations);
  }

  // ---- events ----

  /** Each event mention that happened, between its own resolved source and target. */
  private void fromEvents(
      DocumentFacts d, ClaimLinker.EventLookup eventOf, Map<String, Builder> found) {
    for (int i = 0; i < d.events().size(); i++) {
      EventMention m = d.events().get(i);
      RelationPredicate predicate;
      if (HOSTILE.contains(m.type())) {
        predicate = RelationPredicate.OPPOSES;
      } else if (HELPFUL.contains(m.type())) {
        predicate = RelationPredicate.SUPPORTS;
      } else {
        continue;
      }
      if (!HAPPENED.contains(m.modality())) {
        continue;
      }
      String event = eventOf.eventOf(d.id(), i);
      String rule = "event:" + m.type().name() + (event == null ? "" : "/" + event);
      for (String s : actors(d, m, ActorRole.SOURCE)) {
        for (String o : actors(d, m, ActorRole.TARGET)) {
          if (!s.equals(o)) {
            builder(found, s, predicate, o)
                .add(
                    new Evidence(
                        d.id(),
                        m.sentence(),
                        d.text(m.sentence()),
                        m.trigger(),
                        m.modality(),
                        rule));
          }
        }
      }
    }
  }

  private List<String> actors(DocumentFacts d, EventMention m, ActorRole role) {
    List<String> ids = new ArrayList<>();
    for (EventActor actor : m.actors()) {
      if (actor.role() != role || actor.entity() == null) {
        continue;
      }
      String id = d.entityWithin(actor.span());
      if (id != null && ACTORS.contains(typeOf.apply(id)) && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  // ---- claims ----

  private void fromClaim(Claim c, Map<String, Builder> found) {
    String speaker = c.speakerEntity();
    String body = c.onBehalfOfEntity();
    if (speaker == null || body == null || speaker.equals(body)) {
      return;
    }
    if (typeOf.apply(speaker) != EntityType.PERSON || !BODIES.contains(typeOf.apply(body))) {
      return;
    }
    io.dossier.model.Speaker s = c.mention().speaker();
    Span span = s == null ? c.mention().provenance().span() : s.span();
    String text = s == null ? c.text() : s.name();
    builder(found, speaker, RelationPredicate.SPEAKS_FOR, body)
        .add(
            new Evidence(
                c.document(),
                span,
                text,
                c.mention().cue() == null ? "on behalf of" : c.mention().cue(),
                Modality.ASSERTED,
                "claim:on-behalf-of"));
  }

  // ---- text ----

  private void fromText(DocumentFacts d, Map<String, Builder> found) {
    String text = d.article().text();
    List<ResolvedMention> mentions = new ArrayList<>(d.mentions());
    mentions.sort(Comparator.comparingInt((ResolvedMention m) -> m.span().start()));
    for (int i = 0; i + 1 < mentions.size(); i++) {
      ResolvedMention a = mentions.get(i);
      ResolvedMention b = mentions.get(i + 1);
      if (a.entity().equals(b.entity())
          || b.span().start() < a.span().end()
          || b.span().start() - a.span().end() > MAX_GAP) {
        continue;
      }
      String gap = text.substring(a.span().end(), b.span().start());
      if (gap.indexOf('\n') >= 0) {
        continue; // a paragraph break between them
      }
      EntityType ta = typeOf.apply(a.entity());
      EntityType tb = typeOf.apply(b.entity());
      String after = text.substring(b.span().end(), Math.min(text.length(), b.span().end() + 60));
      Span span = new Span(a.span().start(), b.span().end());
      match(d.id(), text, span, gap, after, a.entity(), ta, b.entity(), tb, found);
    }
  }

  private void match(
      String document,
      String text,
      Span span,
      String gap,
      String after,
      String a,
      @Nullable EntityType ta,
      String b,
      @Nullable EntityType tb,
      Map<String, Builder> found) {
    Matcher m;
    if (BODIES.contains(ta) && tb == EntityType.PERSON) {
      m = BODY_ROLE_PERSON.matcher(gap);
      if (m.matches() && m.group(1) == null) {
        role(document, text, span, m.group(2), ta, null, b, a, "text:body-role-person", found);
        return;
      }
    }
    if (ta == EntityType.PERSON && BODIES.contains(tb)) {
      m = PERSON_ROLE_BODY.matcher(gap);
      if (m.matches() && m.group(2) == null) {
        role(
            document,
            text,
            span,
            m.group(3),
            tb,
            m.group(1),
            a,
            b,
            "text:person-role-of-body",
            found);
        return;
      }
      m = PERSON_WHO_LEADS.matcher(gap);
      if (m.matches()) {
        add(
            found,
            document,
            text,
            span,
            a,
            RelationPredicate.LEADS,
            b,
            m.group(1),
            "text:person-who-leads");
        return;
      }
      if (PERSON_COMMA_THE.matcher(gap).matches()) {
        Matcher p = POSSESSIVE_ROLE_AFTER.matcher(after);
        if (p.lookingAt() && p.group(1) == null) {
          Span longer = new Span(span.start(), span.end() + p.end());
          role(
              document, text, longer, p.group(2), tb, null, a, b, "text:person-body-s-role", found);
          return;
        }
      }
    }
    for (Link link : LINKS) {
      if (!link.first().contains(ta) || !link.second().contains(tb)) {
        continue;
      }
      m = link.pattern().matcher(gap);
      if (m.matches()) {
        String subject = link.reversed() ? b : a;
        String object = link.reversed() ? a : b;
        if (link.predicate().symmetric() && subject.compareTo(object) > 0) {
          String swap = subject;
          subject = object;
          object = swap;
        }
        add(
            found,
            document,
            text,
            span,
            subject,
            link.predicate(),
            object,
            m.group(1),
            link.rule());
        return;
      }
    }
  }

  /** A person holding a role in a body: what the role says, given the article before it. */
  private void role(
      String document,
      String text,
      Span span,
      String roleWords,
      @Nullable EntityType bodyType,
      @Nullable String article,
      String person,
      String body,
      String rule,
      Map<String, Builder> found) {
    String role = roleWords.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
    RelationPredicate predicate = ROLES.get(role);
    if (predicate == null) {
      predicate = ROLES.get(role.replace(' ', '-'));
    }
    if (predicate == null) {
      return;
    }
    if (bodyType == EntityType.LOCATION && !HEADS_OF_STATE.contains(role)) {
      return;
    }
    String before = text.substring(Math.max(0, span.start() - 40), span.start());
    if (before.matches("(?is).*\\b" + FORMER + "\\s*$")) {
      return;
    }
    if (predicate == RelationPredicate.LEADS) {
      // "a commander of the LNA", "senior leader", "deputy head": one of several, not the head
      String lead = text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
      boolean oneOfSeveral =
          "a".equalsIgnoreCase(article)
              || "an".equalsIgnoreCase(article)
              || lead.matches("(?s).*\\b(senior|deputy|field|local|regional|acting)\\s.*");
      if (oneOfSeveral) {
        predicate = RelationPredicate.MEMBER_OF;
      }
    }
    add(found, document, text, span, person, predicate, body, roleWords, rule);
  }

  private void add(
      Map<String, Builder> found,
      String document,
      String text,
      Span span,
      String subject,
      RelationPredicate predicate,
      String object,
      String trigger,
      String rule) {
    builder(found, subject, predicate, object)
        .add(new Evidence(document, span, span.of(text), trigger, Modality.ASSERTED, rule));
  }

  private static Builder builder(
      Map<String, Builder> found, String subject, RelationPredicate predicate, String object) {
    String id = Relation.idOf(subject, predicate, object);
    return found.computeIfAbsent(id, key -> new Builder(key, subject, predicate, object));
  }

  private static Map<String, RelationPredicate> roles() {
    Map<String, RelationPredicate> r = new LinkedHashMap<>();
    for (String lead :
        List.of(
            "commander",
            "commander-in-chief",
            "leader",
            "chief",
            "head",
            "chairman",
            "chairwoman",
            "president",
            "prime minister",
            "premier",
            "founder",
            "boss",
            "emir",
            "king",
            "ruler",
            "chancellor",
            "sultan",
            "director",
            "secretary-general",
            "secretary general",
            "general secretary",
            "chief of staff")) {
      r.put(lead, RelationPredicate.LEADS);
    }
    for (String member :
        List.of(
            "member",
            "official",
            "officer",
            "fighter",
            "soldier",
            "militant",
            "minister",
            "foreign minister",
            "defence minister",
            "defense minister",
            "interior minister",
            "deputy",
            "adviser",
            "advisor",
            "aide",
            "general",
            "colonel",
            "major",
            "brigadier",
            "brigadier general",
            "lieutenant",
            "captain",
            "negotiator",
            "lawmaker",
            "legislator")) {
      r.put(member, RelationPredicate.MEMBER_OF);
    }
    for (String speaker :
        List.of(
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "ambassador",
            "envoy",
            "representative",
            "emissary")) {
      r.put(speaker, RelationPredicate.SPEAKS_FOR);
    }
    return Map.copyOf(r);
  }

  /** Collects one relation's evidence in input order. */
  private static final class Builder {
    private final String id;
    private final String subject;
    private final RelationPredicate predicate;
    private final String object;
    private final List<Evidence> evidence = new ArrayList<>();

    /**
     * The documents in order, each with the spans of its evidence seen so far ({@link Long} for one
     * span, {@code long[]} for more): a frequent pair has evidence in many thousands of documents,
     * so no string is kept per piece of evidence.
     */
    private final Map<String, Object> documents = new LinkedHashMap<>();

    Builder(String id, String subject, RelationPredicate predicate, String object) {
      this.id = id;
      this.subject = subject;
      this.predicate = predicate;
      this.object = object;
    }

    void add(Evidence e) {
      if (!firstTime(e.document(), ((long) e.span().start() << 32) | e.span().end())) {
        return;
      }
      if (evidence.size() < MAX_EVIDENCE) {
        evidence.add(e);
      }
    }

    /** Records the span in the document; false when it was already there. */
    private boolean firstTime(String document, long span) {
      Object spans = documents.get(document);
      if (spans == null) {
        documents.put(document, span);
        return true;
      }
      if (spans instanceof Long one) {
        if (one == span) {
          return false;
        }
        documents.put(document, new long[] {one, span});
        return true;
      }
      long[] many = (long[]) spans;
      for (long s : many) {
        if (s == span) {
          return false;
        }
      }
      long[] more = java.util.Arrays.copyOf(many, many.length + 1);
      more[many.length] = span;
      documents.put(document, more);
      return true;
    }

    Relation build(Sources sources) {
      return new Relation(
          id,
          subject,
          predicate,
          object,
          evidence,
          sources.names(documents.keySet()),
          sources.independent(documents.keySet()),
          List.copyOf(documents.keySet()));
    }
  }
}
