// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import io.dossier.extract.modality.Cues;
import io.dossier.model.ActorRole;
import io.dossier.model.AnnotatedText;
import io.dossier.model.CasualtyCount;
import io.dossier.model.DatePrecision;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.LocalEntity;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the event mentions of one article from its dependency parse. Stateless, thread-safe and
 * pure (no I/O, no logging).
 *
 * <ol>
 *   <li><b>Triggers.</b> Verbs and nouns whose lemma the {@link Lexicon} types with PLOVER and a
 *       mode ({@code verb-lexicon}, {@code noun-lexicon}); "ordered forces to attack" is a threat
 *       ({@link #RULE_ORDER}); "said X must withdraw" a demand ({@link #RULE_MUST}). Reporting
 *       verbs are not events; a noun that only modifies another ("aid workers") is not a trigger.
 *   <li><b>Casualties.</b> The victims of kill / die / wound verbs and of "N dead" are counted; a
 *       generic casualty verb attached to another event ("killed in clashes", "an airstrike
 *       killed", "attacked the base, killing 5") gives that event its counts and is not an event of
 *       its own, otherwise it is an ASSAULT ({@link #RULE_CASUALTY}). Perpetrators are never
 *       counted.
 *   <li><b>Actors.</b> Active subject = source, object = target; passive subject = target, "by"
 *       agent = source; nominal triggers read the possessor, "by", "of", "against", "on", "with"
 *       and the subject of a light verb ("carried out an attack"). Conjuncts are separate actors. A
 *       phrase that contains an entity mention carries that entity's index.
 *   <li><b>Date, place, modality, responses</b>: see {@link #extract}.
 * </ol>
 */
public final class EventExtractor {

  /** Version of these rules, recorded in every mention's provenance. */
  public static final String RULE_VERSION = "1";

  /** Rule of an event typed by a verb of the lexicon. */
  public static final String RULE_VERB = "verb-lexicon";

  /** Rule of an event typed by a noun of the lexicon. */
  public static final String RULE_NOUN = "noun-lexicon";

  /** Rule of a killing known only from a casualty verb ("18 people were killed"). */
  public static final String RULE_CASUALTY = "casualty-verb";

  /** Rule of an order to attack, typed as a threat ("ordered his forces to target the convoy"). */
  public static final String RULE_ORDER = "order-to-attack";

  /** Rule of a statement that another party must act, typed as a demand. */
  public static final String RULE_MUST = "must-complement";

  /** Verbs whose noun object is the event itself ("carried out an attack", "held talks"). */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "carry",
          "launch",
          "conduct",
          "stage",
          "hold",
          "mount",
          "begin",
          "start",
          "continue",
          "resume",
          "undertake",
          "open",
          "wage",
          "lead",
          "announce",
          "declare",
          "impose",
          "issue",
          "make",
          "reach",
          "give",
          "take",
          "order",
          "organize",
          "organise",
          "step",
          "renew",
          "extend",
          "intensify",
          "escalate",
          "end",
          "call",
          "reimpose",
          "tighten",
          "sign",
          "have",
          "pursue",
          "initiate",
          "commit",
          "perpetrate",
          "unleash",
          "file",
          "put",
          "slap",
          "approve");

  /** Nouns that name an undertaking whose kind a compound gives ("mediation mission"). */
  private static final Set<String> GENERIC_HEADS =
      Set.of(
          "mission", "effort", "operation", "campaign", "process", "attempt", "bid", "initiative");

  /** Verbs whose complement is an order given to someone. */
  private static final Set<String> ORDER_VERBS =
      Set.of("order", "instruct", "direct", "command", "tell");

  /** Verbs besides the reporting verbs whose "must" complement is a demand ({@link #RULE_MUST}). */
  private static final Set<String> MUST_CUES = Set.of("reiterate", "declare", "insist");

  /** Auxiliaries that make a reported complement a demand ({@link #RULE_MUST}). */
  private static final Set<String> MUST_AUX = Set.of("must", "should");

  /** Lemmas that say something is intended or offered ("willing to", "ready to"). */
  private static final Set<String> INTENT_LEMMAS =
      Set.of("willing", "ready", "prepared", "determined", "eager", "offer", "agree", "decide");

  /** Verbs whose complement is an accusation: what they govern is alleged, not asserted. */
  private static final Set<String> ALLEGING_LEMMAS =
      Set.of("accuse", "allege", "blame", "charge", "claim", "suspect");

  /** Nouns of places that take a name ("the town of Derna", "Benghazi's Sabri district"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "town",
          "village",
          "district",
          "area",
          "region",
          "province",
          "neighborhood",
          "neighbourhood",
          "suburb",
          "outskirts",
          "camp",
          "capital",
          "port",
          "border",
          "governorate",
          "county",
          "state",
          "enclave",
          "quarter",
          "sector",
          "valley",
          "coast",
          "oasis",
          "island",
          "municipality",
          "base",
          "airport",
          "prison",
          "hospital",
          "square",
          "street");

  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west",
          "outside");

  /** Prepositions that attach a place to an event. */
  private static final Set<String> PLACE_PREPS =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "around",
          "across",
          "throughout",
          "into",
          "along",
          "on",
          "off",
          "within",
          "outside of");

  /** Generic casualty verbs: an event of their own only when no other event explains them. */
  private static final Set<String> GENERIC_CASUALTY = Set.of("kill", "die", "perish");

  private static final Set<String> WOUND_LEMMAS = Set.of("wound", "injure", "hurt", "maim");

  private static final Set<String> INCIDENT_TYPES = Set.of("ASSAULT", "FIGHT", "COERCE", "CRIME");

  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4}-W\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(-(SP|SU|FA|WI|Q\\d|H\\d))?");

  private final Lexicon lexicon = Lexicon.standard();

  /** A candidate trigger while one sentence is read. */
  private static final class Cand {
    final int token;
    EventType type;
    @Nullable String mode;
    String rule;
    Set<String> flags;
    Set<String> consumed;

    /** The verb whose object this noun trigger is ("carried out an attack"), or -1. */
    int light = -1;

    /** Token of the particle that belongs to the trigger ("called on"), or -1. */
    int particle = -1;

    boolean suppressed;
    @Nullable CasualtyCount killed;
    @Nullable CasualtyCount injured;
    final List<int[]> extraTargets = new ArrayList<>();

    Cand(int token, Lexicon.Sense sense) {
      this.token = token;
      this.type = sense.type();
      this.mode = sense.mode();
      this.rule = sense.rule();
      this.flags = sense.flags();
      this.consumed = sense.consumed();
    }
  }

  /**
   * Extracts the event mentions of {@code text}, in text order of their triggers. {@code
   * respondsTo} indexes point into the returned list.
   *
   * <p><b>Date</b>: the DATE/TIME expression attached to the trigger (or its light verb, or the
   * verb a nominal trigger is the subject of), else the only date of the sentence unless it belongs
   * to a reporting verb or another event; precision from its value. Without one the date is
   * unknown; the publication date is never the event date, only an upper bound named in the basis.
   *
   * <p><b>Place</b>: a location attached with in / at / near / outside …, "west of X", "the town of
   * X", "X's Y district". <b>Modality</b>: negation and denial, conditions, plans and intent,
   * hedges and accusations, attribution, in that order of precedence, with their cue words.
   * <b>respondsTo</b>: a response whose object, complement or "over / into / for" phrase is an
   * incident (ASSAULT, FIGHT, COERCE, CRIME) of the same sentence.
   *
   * @param text the annotated article; sentences without a dependency parse yield no events
   * @param entities the article's within-document entities, for actor and place indexes
   * @param times the normalized time expressions (values null when unresolvable)
   * @param published the publication date, used only as an upper bound in unknown dates' basis
   */
  public List<EventMention> extract(
      AnnotatedText text,
      List<LocalEntity> entities,
      List<TimeExpression> times,
      @Nullable LocalDate published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(times, "times");
    Graph g = new Graph(text);
    Map<Integer, EntityHit> entityAt = entityIndex(g, entities);
    List<Found> found = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!g.parsed(s.index()) || s.endToken() <= s.firstToken()) {
        continue;
      }
      found.addAll(sentence(g, s, entityAt, times, published));
    }
    found.sort(Comparator.comparingInt(f -> f.cand.token));
    Map<Integer, Integer> indexOfToken = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      indexOfToken.put(found.get(i).cand.token, i);
    }
    List<EventMention> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Integer responds = f.respondsToToken < 0 ? null : indexOfToken.get(f.respondsToToken);
      EventMention m = f.mention;
      out.add(
          new EventMention(
              m.provenance(),
              m.trigger(),
              m.sentence(),
              m.type(),
              m.mode(),
              m.actors(),
              m.date(),
              m.place(),
              m.killed(),
              m.injured(),
              m.modality(),
              m.cues(),
              responds));
    }
    return List.copyOf(out);
  }

  /**
   * The sentences of {@code text} that can yield an event, decided without the dependency parse:
   * those with a word the trigger {@link Lexicon} knows as a verb or noun (any condition of its
   * senses may hold once parsed), a casualty verb, an order verb ({@link #RULE_ORDER}), or a
   * reporting verb next to "must" / "should" ({@link #RULE_MUST}). Every other sentence yields no
   * event whatever its parse, so it need not be parsed. Reads the same lexicon and word lists as
   * the rules, so a trigger or cue added to them is covered here too.
   *
   * @param text tokens, sentences, POS and lemmas (dependencies are not read)
   */
  public static BitSet sentencesToParse(AnnotatedText text) {
    Objects.requireNonNull(text, "text");
    Graph g = new Graph(text);
    Lexicon lexicon = Lexicon.standard();
    BitSet out = new BitSet();
    for (Sentence s : text.sentences()) {
      boolean reporting = false;
      boolean must = false;
      for (int t = s.firstToken(); t < s.endToken() && !out.get(s.index()); t++) {
        String lemma = g.lemma(t);
        boolean verb = g.verb(t);
        if (lexicon.mayTrigger(g, t)
            || (verb && (ORDER_VERBS.contains(lemma) || GENERIC_CASUALTY.contains(lemma)))) {
          out.set(s.index());
        }
        reporting |= verb && (Cues.REPORTING_LEMMAS.contains(lemma) || MUST_CUES.contains(lemma));
        must |= MUST_AUX.contains(lemma);
        if (reporting && must) {
          out.set(s.index());
        }
      }
    }
    return out;
  }

  /**
   * The index in {@code events} of the main event of sentence {@code sentence}: the one whose
   * trigger is closest to the root of the parse (the first in text order on a tie), if the sentence
   * has any.
   */
  public static OptionalInt mainEvent(AnnotatedText text, List<EventMention> events, int sentence) {
    Graph g = new Graph(text);
    Sentence s = text.sentences().get(sentence);
    int best = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (int i = 0; i < events.size(); i++) {
      Span span = events.get(i).span();
      if (!s.span().contains(span)) {
        continue;
      }
      int tok = tokenAt(g, s, span.start());
      if (tok < 0) {
        continue;
      }
      int d = g.depth(tok);
      if (g.noun(tok)) {
        int lv = lightVerb(g, tok);
        if (lv >= 0 && LIGHT_VERBS.contains(g.lemma(lv))) {
          d = Math.min(d, g.depth(lv)); // "continued their hunger strike to demand …"
        }
      }
      if (best < 0 || d < bestDepth) {
        best = i;
        bestDepth = d;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  private static int tokenAt(Graph g, Sentence s, int offset) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (g.token(i).span().start() == offset) {
        return i;
      }
    }
    return -1;
  }

  // --- one sentence ------------------------------------------------------------------------------

  private record Found(Cand cand, EventMention mention, int respondsToToken) {}

  private record EntityHit(int entity, EntityMention mention) {}

  private List<Found> sentence(
      Graph g,
      Sentence s,
      Map<Integer, EntityHit> entityAt,
      List<TimeExpression> times,
      @Nullable LocalDate published) {
    int from = s.firstToken();
    int to = s.endToken();
    Map<Integer, Cand> cands = new TreeMap<>();
    for (int t = from; t < to; t++) {
      if (modifierOnly(g, t)) {
        continue;
      }
      Lexicon.Sense sense = lexicon.sense(g, t);
      if (sense != null) {
        Cand c = new Cand(t, sense);
        c.particle = particle(g, t);
        cands.put(t, c);
      }
    }
    orders(g, from, to, cands);
    mustComplements(g, from, to, cands);
    for (Cand c : cands.values()) {
      if (g.noun(c.token)) {
        c.light = lightVerb(g, c.token);
      }
    }
    casualties(g, from, to, cands);

    Set<Integer> timeTokens = new java.util.HashSet<>();
    List<int[]> timeRanges = new ArrayList<>();
    List<TimeExpression> sentenceTimes = new ArrayList<>();
    for (TimeExpression te : times) {
      if (!s.span().contains(te.span())) {
        continue;
      }
      int[] r = tokenRange(g, from, to, te.span());
      if (r == null) {
        continue;
      }
      for (int k = r[0]; k < r[1]; k++) {
        timeTokens.add(k);
      }
      timeRanges.add(r);
      sentenceTimes.add(te);
    }

    List<Found> out = new ArrayList<>();
    for (Cand c : cands.values()) {
      if (c.suppressed) {
        continue;
      }
      Span span = triggerSpan(g, c);
      Provenance prov = new Provenance(g.text().document(), span, c.rule, RULE_VERSION);
      List<EventActor> actors = actors(g, c, cands, entityAt, timeTokens);
      Modal modal = modality(g, c, s);
      EventDate date = date(g, c, cands, sentenceTimes, timeRanges, published, modal.modality);
      EventPlace place = place(g, c, entityAt);
      int responds = respondsTo(g, c, cands);
      EventMention m =
          new EventMention(
              prov,
              g.text().textOf(span),
              s.span(),
              c.type,
              c.mode,
              actors,
              date,
              place,
              c.killed,
              c.injured,
              modal.modality,
              modal.cues,
              null);
      out.add(new Found(c, m, responds));
    }
    return out;
  }

  /**
   * A noun that only modifies another noun ("aid workers", "arrest warrant"), or an adjective use.
   */
  private static boolean modifierOnly(Graph g, int t) {
    Graph.Edge h = g.head(t);
    if (h == null) {
      return false;
    }
    if (g.noun(t) && h.rel().equals("compound") && g.noun(h.token())) {
      // "aid workers" is not an event, but "mediation mission" and "bombing campaign" are
      return !GENERIC_HEADS.contains(g.lemma(h.token()));
    }
    // "the killed soldiers", "wounded civilians": a participle used as an adjective
    return g.pos(t).equals("VBN") && h.rel().equals("amod");
  }

  private static int particle(Graph g, int t) {
    for (Graph.Edge e : g.children(t)) {
      if (e.rel().equals("compound:prt") && Math.abs(e.token() - t) <= 2) {
        return e.token();
      }
    }
    return -1;
  }

  private static Span triggerSpan(Graph g, Cand c) {
    int a = c.token;
    int b = c.token;
    if (c.particle >= 0 && c.particle == c.token + 1) {
      b = c.particle;
    }
    // a compound that completes the trigger: "arrest warrant", "car bombing", "hunger strike"
    for (Graph.Edge e : g.children(c.token)) {
      if (e.rel().equals("compound")
          && e.token() == a - 1
          && g.noun(c.token)
          && !g.pos(e.token()).startsWith("NNP")
          && g.ner(e.token()).equals("O")) {
        a = e.token();
      }
    }
    return new Span(g.token(a).span().start(), g.token(b).span().end());
  }

  private static int lightVerb(Graph g, int noun) {
    for (Graph.Edge p : g.parents(noun)) {
      if ((p.rel().equals("obj") || p.rel().equals("nsubj:pass")) && g.verb(p.token())) {
        return p.token();
      }
    }
    return -1;
  }

  /** Whether the verb {@code v} is a light verb for its object noun. */
  private static boolean light(Graph g, int v) {
    return v >= 0 && LIGHT_VERBS.contains(g.lemma(v));
  }

  private void orders(Graph g, int from, int to, Map<Integer, Cand> cands) {
    for (int t = from; t < to; t++) {
      if (!g.verb(t) || !ORDER_VERBS.contains(g.lemma(t)) || cands.containsKey(t)) {
        continue;
      }
      for (int x : g.children(t, "xcomp")) {
        Cand target = cands.get(x);
        boolean violent =
            target != null && (target.type == EventType.ASSAULT || target.type == EventType.FIGHT);
        if (violent
            || Set.of("confront", "target", "crush", "repel", "advance").contains(g.lemma(x))) {
          Cand c =
              new Cand(
                  t,
                  new Lexicon.Sense(EventType.THREATEN, "order", Set.of(), RULE_ORDER, Set.of()));
          cands.put(t, c);
          break;
        }
      }
    }
  }

  private void mustComplements(Graph g, int from, int to, Map<Integer, Cand> cands) {
    for (int t = from; t < to; t++) {
      if (!g.verb(t) || cands.containsKey(t)) {
        continue;
      }
      String l = g.lemma(t);
      if (!Cues.REPORTING_LEMMAS.contains(l) && !MUST_CUES.contains(l)) {
        continue;
      }
      for (int c : g.children(t, "ccomp")) {
        boolean must = false;
        for (Graph.Edge e : g.children(c)) {
          if (e.rel().equals("aux") && MUST_AUX.contains(g.lemma(e.token()))) {
            must = true;
          }
        }
        if (must && !g.hasChild(c, "advmod", Cues.NEGATION_LEMMAS)) {
          Cand d =
              new Cand(t, new Lexicon.Sense(EventType.DEMAND, null, Set.of(), RULE_MUST, Set.of()));
          for (int subj : g.children(c, "nsubj")) {
            d.extraTargets.add(new int[] {subj});
          }
          cands.put(t, d);
          break;
        }
      }
    }
  }

  // --- casualties --------------------------------------------------------------------------------

  private void casualties(Graph g, int from, int to, Map<Integer, Cand> cands) {
    Map<Integer, Integer> attach = new HashMap<>();
    Map<Integer, CasualtyCount[]> counts = new HashMap<>();
    for (int p = from; p < to; p++) {
      String lemma = g.lemma(p);
      Cand own = cands.get(p);
      boolean kill =
          (own != null && own.flags.contains("kill"))
              || (g.verb(p) && GENERIC_CASUALTY.contains(lemma));
      boolean wound = WOUND_LEMMAS.contains(lemma) && (g.verb(p) || g.pos(p).startsWith("JJ"));
      if (!kill && !wound) {
        continue;
      }
      int victims = victims(g, p, lemma);
      CasualtyCount count = victims < 0 ? null : countOf(g, victims, from, to);
      if (count == null) {
        continue;
      }
      CasualtyCount[] pair = counts.computeIfAbsent(p, x -> new CasualtyCount[2]);
      pair[kill ? 0 : 1] = count;
      boolean generic = GENERIC_CASUALTY.contains(lemma) || wound;
      int host = generic ? host(g, p, cands) : -1;
      attach.put(p, host >= 0 ? host : p);
    }
    // "N dead", "N wounded", "a death toll of N": counts for the nearest violent event
    for (int t = from; t < to; t++) {
      String w = g.lower(t);
      int kind = w.equals("dead") ? 0 : (w.equals("wounded") || w.equals("injured")) ? 1 : -1;
      if (kind >= 0 && !g.verb(t) && t > from && Numbers.numeric(g, t - 1)) {
        CasualtyCount c = Numbers.around(g, t - 1, from, to);
        int host = nearestViolent(g, t, cands);
        if (c != null && host >= 0) {
          counts.computeIfAbsent(t, x -> new CasualtyCount[2])[kind] = c;
          attach.put(t, host);
        }
      }
      if (g.lemma(t).equals("toll")) {
        for (int k = t + 1; k < Math.min(to, t + 8); k++) {
          if (Numbers.numeric(g, k)) {
            CasualtyCount c = Numbers.around(g, k, from, to);
            int host = nearestViolent(g, t, cands);
            if (c != null && host >= 0) {
              counts.computeIfAbsent(t, x -> new CasualtyCount[2])[0] = c;
              attach.put(t, host);
            }
            break;
          }
        }
      }
    }
    for (Map.Entry<Integer, Integer> a : attach.entrySet()) {
      int p = a.getKey();
      int host = a.getValue();
      // follow chains: "killed" hosted by "wounded"'s host, etc.
      for (int guard = 0;
          guard < 5 && attach.containsKey(host) && attach.get(host) != host;
          guard++) {
        host = attach.get(host);
      }
      Cand target = cands.get(host);
      if (target == null) {
        if (host == p && g.verb(p) && g.lemma(p).equals("kill")) {
          // a killing known only from the casualty verb
          target =
              new Cand(
                  p,
                  new Lexicon.Sense(
                      EventType.ASSAULT, "killing", Set.of("kill"), RULE_CASUALTY, Set.of()));
          cands.put(p, target);
        } else {
          continue;
        }
      }
      CasualtyCount[] pair = counts.get(p);
      if (pair[0] != null && target.killed == null) {
        target.killed = pair[0];
      }
      if (pair[1] != null && target.injured == null) {
        target.injured = pair[1];
      }
      if (host != p) {
        Cand own = cands.get(p);
        if (own != null && GENERIC_CASUALTY.contains(g.lemma(p))) {
          own.suppressed = true;
        }
      }
    }
    // a generic kill verb hosted by another event is not an event of its own even without a count
    for (Cand c : cands.values()) {
      if (!c.suppressed && GENERIC_CASUALTY.contains(g.lemma(c.token)) && g.verb(c.token)) {
        int host = host(g, c.token, cands);
        if (host >= 0 && host != c.token) {
          c.suppressed = true;
        }
      } else if (c.rule.equals(RULE_VERB) && GENERIC_CASUALTY.contains(g.lemma(c.token))) {
        c.rule = RULE_CASUALTY;
      }
    }
    for (Cand c : cands.values()) {
      if (GENERIC_CASUALTY.contains(g.lemma(c.token)) && g.verb(c.token)) {
        c.rule = RULE_CASUALTY;
      }
    }
  }

  /** The head of the victims of casualty predicate {@code p}, or -1. */
  private static int victims(Graph g, int p, String lemma) {
    if (!g.verb(p)) {
      // "wounded civilians" (amod) or "civilians wounded" (acl)
      Graph.Edge h = g.head(p);
      return h != null && (h.rel().equals("amod") || h.rel().startsWith("acl")) ? h.token() : -1;
    }
    Graph.Edge h = g.head(p);
    if (h != null && h.rel().startsWith("acl") && g.pos(p).equals("VBN")) {
      return h.token(); // "18 people killed in the attack"
    }
    int pass = g.child(p, "nsubj:pass");
    if (pass >= 0) {
      return pass;
    }
    if (lemma.equals("die") || lemma.equals("perish")) {
      return g.child(p, "nsubj");
    }
    return g.child(p, "obj");
  }

  /**
   * Nouns for one person, so that a singular victim counts as one death ("a journalist was killed")
   * while "the fighting died down" does not.
   */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "person",
          "man",
          "woman",
          "child",
          "boy",
          "girl",
          "baby",
          "civilian",
          "soldier",
          "fighter",
          "militant",
          "rebel",
          "gunman",
          "officer",
          "policeman",
          "policewoman",
          "journalist",
          "reporter",
          "photographer",
          "prisoner",
          "detainee",
          "commander",
          "general",
          "colonel",
          "resident",
          "worker",
          "activist",
          "doctor",
          "nurse",
          "student",
          "teacher",
          "protester",
          "demonstrator",
          "guard",
          "driver",
          "farmer",
          "pilot",
          "official",
          "politician",
          "judge",
          "lawyer",
          "leader",
          "member",
          "volunteer",
          "paramedic",
          "medic",
          "refugee",
          "migrant",
          "hostage",
          "teenager",
          "shepherd",
          "fisherman",
          "spokesman",
          "spokeswoman",
          "mayor",
          "minister",
          "sheikh",
          "imam",
          "cleric");

  private static @Nullable CasualtyCount countOf(Graph g, int victims, int from, int to) {
    // a number phrase inside the victims' phrase ("at least 18 prisoners", "dozens of people")
    for (int n : g.children(victims, "nummod")) {
      CasualtyCount c = Numbers.around(g, n, from, to);
      if (c != null) {
        return c;
      }
    }
    CasualtyCount c = Numbers.around(g, victims, from, to);
    if (c != null) {
      return c;
    }
    // one named or singular victim: "a journalist was killed", "Tarek was shot dead"
    String pos = g.pos(victims);
    if ((pos.equals("NN") && PERSON_NOUNS.contains(g.lemma(victims).toLowerCase(Locale.ROOT)))
        || (pos.equals("NNP") && g.ner(victims).equals("PERSON"))) {
      int start = victims;
      for (Graph.Edge e : g.children(victims)) {
        if (e.token() < start && !e.rel().equals("punct") && !e.rel().startsWith("acl")) {
          start = Math.min(start, e.token());
        }
      }
      Span span = new Span(g.token(start).span().start(), g.token(victims).span().end());
      return new CasualtyCount(1, 1, "exact", span, g.text().textOf(span));
    }
    return null;
  }

  /** The event a generic casualty predicate belongs to, or -1 (it stands alone). */
  private static int host(Graph g, int p, Map<Integer, Cand> cands) {
    // "an airstrike killed 5", "killed in clashes", "died of torture"
    for (Graph.Edge e : g.children(p)) {
      if ((e.rel().equals("nsubj") || e.rel().startsWith("obl") || e.rel().startsWith("advcl"))
          && isEvent(cands, e.token())) {
        return e.token();
      }
      // "killed by an explosive device in a car bomb explosion": one level below an obl
      if (e.rel().startsWith("obl")) {
        for (Graph.Edge f : g.children(e.token())) {
          if ((f.rel().startsWith("nmod") || f.rel().equals("compound"))
              && isEvent(cands, f.token())) {
            return f.token();
          }
        }
      }
    }
    // "attacked the base, killing 5": up through advcl / xcomp / conj to a violent event
    int x = p;
    for (int step = 0; step < 3; step++) {
      Graph.Edge h = g.head(x);
      if (h == null) {
        break;
      }
      String r = h.rel();
      if (!(r.startsWith("advcl")
          || r.startsWith("conj")
          || r.equals("xcomp")
          || r.equals("dep")
          || r.equals("parataxis"))) {
        break;
      }
      x = h.token();
      Cand c = cands.get(x);
      if (c != null
          && (c.type == EventType.ASSAULT || c.type == EventType.FIGHT)
          && !GENERIC_CASUALTY.contains(g.lemma(x))) {
        return x;
      }
    }
    return -1;
  }

  private static boolean isEvent(Map<Integer, Cand> cands, int t) {
    Cand c = cands.get(t);
    return c != null && !c.suppressed;
  }

  private static int nearestViolent(Graph g, int t, Map<Integer, Cand> cands) {
    int best = -1;
    for (Cand c : cands.values()) {
      if ((c.type == EventType.ASSAULT || c.type == EventType.FIGHT) && !c.suppressed) {
        if (best < 0 || Math.abs(c.token - t) < Math.abs(best - t)) {
          best = c.token;
        }
      }
    }
    return best;
  }

  // --- actors ------------------------------------------------------------------------------------

  private static List<EventActor> actors(
      Graph g,
      Cand c,
      Map<Integer, Cand> cands,
      Map<Integer, EntityHit> entityAt,
      Set<Integer> timeTokens) {
    List<int[]> heads = new ArrayList<>(); // {token, role ordinal}
    int t = c.token;
    EventType type = c.type;
    if (g.verb(t)) {
      boolean passive = g.child(t, "nsubj:pass") >= 0 || g.child(t, "aux:pass") >= 0;
      for (Graph.Edge e : g.children(t)) {
        String r = e.rel();
        ActorRole role = verbRole(r, passive, type, c);
        if (role != null) {
          heads.add(new int[] {e.token(), role.ordinal()});
        }
      }
      if (!hasRole(heads, ActorRole.TARGET)) {
        // "refused to meet King X", "threatened to shell the towns": the complement's object
        for (int x : g.children(t, "xcomp")) {
          for (Graph.Edge e : g.children(x)) {
            ActorRole role = verbRole(e.rel(), false, type, c);
            if (role == ActorRole.TARGET) {
              heads.add(new int[] {e.token(), role.ordinal()});
            }
          }
        }
      }
      if (!hasRole(heads, ActorRole.TARGET) && type == EventType.DEMAND) {
        // "demanded that the council withdraw": the one asked is the complement's subject
        for (int x : g.children(t, "ccomp")) {
          for (int subj : g.children(x, "nsubj")) {
            heads.add(new int[] {subj, ActorRole.TARGET.ordinal()});
          }
        }
      }
    } else {
      boolean patientPoss = c.flags.contains("patient-poss");
      boolean ofIsTarget =
          patientPoss
              || type == EventType.ASSAULT
              || type == EventType.COERCE
              || type == EventType.RETREAT
              || type == EventType.INVESTIGATE
              || type == EventType.SANCTION
              || type == EventType.AID
              || type == EventType.DISAPPROVE;
      for (Graph.Edge e : g.children(t)) {
        String r = e.rel();
        int k = e.token();
        ActorRole role = null;
        if (r.equals("nmod:poss")) {
          role = patientPoss ? ActorRole.TARGET : ActorRole.SOURCE;
        } else if (r.equals("nmod:by") || r.equals("nmod:agent")) {
          role = ActorRole.SOURCE;
        } else if (r.equals("nmod:of")) {
          role = ofIsTarget ? ActorRole.TARGET : ActorRole.SOURCE;
        } else if (r.equals("nmod:against")
            || r.equals("nmod:on")
            || r.equals("nmod:upon")
            || r.equals("nmod:with")
            || r.equals("nmod:to")
            || r.equals("nmod:toward")
            || r.equals("nmod:towards")) {
          role = ActorRole.TARGET;
        } else if (r.equals("nmod:between") || r.equals("nmod:among")) {
          role = ActorRole.SOURCE;
        } else if ((r.equals("amod") || r.equals("compound"))
            && !g.ner(k).equals("O")
            && !timeTokens.contains(k)) {
          // "Israeli airstrikes", "LNA shelling", "UN condemnation", "US drone strikes"
          role = ActorRole.SOURCE;
        }
        if (role != null) {
          heads.add(new int[] {k, role.ordinal()});
        }
      }
      int lv = c.light;
      if (lv >= 0 && !isEvent(cands, lv)) {
        boolean passive = g.child(lv, "nsubj:pass") >= 0 || g.child(lv, "aux:pass") >= 0;
        for (Graph.Edge e : g.children(lv)) {
          if (e.token() == t) {
            continue;
          }
          ActorRole role = verbRole(e.rel(), passive, type, c);
          if (role == ActorRole.SOURCE || (role == ActorRole.TARGET && !e.rel().equals("obj"))) {
            heads.add(new int[] {e.token(), role.ordinal()});
          }
        }
      }
    }
    for (int[] x : c.extraTargets) {
      heads.add(new int[] {x[0], ActorRole.TARGET.ordinal()});
    }
    // conjuncts ("Hungarian and Romanian officials", "soldiers and civilians")
    List<int[]> all = new ArrayList<>();
    for (int[] h : heads) {
      all.add(h);
      for (int k : g.children(h[0], "conj")) {
        all.add(new int[] {k, h[1]});
      }
    }
    List<EventActor> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int[] h : all) {
      int k = h[0];
      if (k == t
          || timeTokens.contains(k)
          || isEvent(cands, k)
          || skipActor(g, k)
          || c.consumed.contains(g.lemma(k))) {
        continue;
      }
      ActorRole role = ActorRole.values()[h[1]];
      EventActor a = phrase(g, k, role, t, entityAt);
      if (a != null && seen.add(role + "|" + a.span())) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean hasRole(List<int[]> heads, ActorRole role) {
    return heads.stream().anyMatch(h -> h[1] == role.ordinal());
  }

  private static @Nullable ActorRole verbRole(String r, boolean passive, EventType type, Cand c) {
    if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
      return ActorRole.SOURCE;
    }
    if (r.equals("nsubj:pass")) {
      return ActorRole.TARGET;
    }
    if (r.equals("obl:agent") || (passive && r.equals("obl:by"))) {
      return ActorRole.SOURCE;
    }
    if (r.equals("obj") || r.equals("iobj")) {
      return ActorRole.TARGET;
    }
    String prep = Graph.prep(r);
    if (!r.startsWith("obl:")) {
      return null;
    }
    switch (prep) {
      case "against":
        return ActorRole.TARGET;
      case "on":
      case "upon":
        return type == EventType.DEMAND
                || type == EventType.ASSAULT
                || type == EventType.FIGHT
                || type == EventType.SANCTION
                || type == EventType.COERCE
            ? ActorRole.TARGET
            : null;
      case "with":
        return type == EventType.CONSULT
                || type == EventType.FIGHT
                || type == EventType.AGREE
                || type == EventType.COOPERATE
                || type == EventType.SUPPORT
                || type == EventType.SANCTION
            ? ActorRole.TARGET
            : null;
      case "to":
        return type == EventType.AID
                || type == EventType.SUPPORT
                || type == EventType.DISAPPROVE
                || type == EventType.DEMAND
                || type == EventType.THREATEN
                || type == EventType.CONSULT
                || type == EventType.COOPERATE
                || type == EventType.CONCEDE
                || type == EventType.RETREAT
                || type == EventType.AGREE
            ? ActorRole.TARGET
            : null;
      default:
        return null;
    }
  }

  private static boolean skipActor(Graph g, int k) {
    String pos = g.pos(k);
    // pronouns, possessive pronouns ("his"), adjectives ("great") and adverbs name no actor
    return pos.equals("PRP")
        || pos.equals("PRP$")
        || pos.startsWith("JJ")
        || pos.startsWith("RB")
        || pos.equals("WP")
        || pos.equals("WDT")
        || pos.equals("EX")
        || pos.startsWith("VB")
        || pos.equals("IN")
        || pos.equals("DT")
        || pos.equals(".")
        || pos.equals(",");
  }

  /**
   * The actor phrase headed by {@code head}: the head with its compounds, adjectives, possessor.
   */
  private static @Nullable EventActor phrase(
      Graph g, int head, ActorRole role, int trigger, Map<Integer, EntityHit> entityAt) {
    int lo = head;
    int hi = head;
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(head);
    Set<Integer> in = new java.util.HashSet<>();
    in.add(head);
    boolean named = !g.ner(head).equals("O");
    while (!todo.isEmpty()) {
      int x = todo.poll();
      for (Graph.Edge e : g.children(x)) {
        String r = e.rel();
        int k = e.token();
        if (in.contains(k) || k == trigger) {
          continue;
        }
        boolean take =
            r.equals("compound")
                || r.equals("amod")
                || r.equals("nmod:poss")
                || r.equals("flat")
                || r.startsWith("flat:")
                || (r.equals("case") && g.lower(k).startsWith("'"))
                || (x == head && !named && r.equals("nmod:of"));
        if (x != head && in.contains(x) && r.equals("case") && g.lower(k).equals("of")) {
          take = true; // the "of" inside "members of the army"
        }
        if (x != head && r.equals("det") && !in.contains(k) && k > head) {
          take = true; // the determiner inside "members of the army"
        }
        if (take) {
          in.add(k);
          todo.add(k);
        }
      }
    }
    for (int k : in) {
      lo = Math.min(lo, k);
      hi = Math.max(hi, k);
    }
    if (trigger >= lo && trigger <= hi) {
      lo = head;
      hi = head;
    }
    // cover the whole entity mention of the head ("United Nations", "Abu Salim")
    EntityHit hit = entityAt.get(head);
    if (hit == null) {
      for (int k = lo; k <= hi; k++) {
        if (entityAt.containsKey(k)) {
          hit = entityAt.get(k);
          break;
        }
      }
    }
    int start = g.token(lo).span().start();
    int end = g.token(hi).span().end();
    if (hit != null) {
      Span ms = hit.mention.span();
      if (ms.start() < start && ms.end() >= start) {
        start = ms.start();
      }
      if (ms.end() > end && ms.start() <= end) {
        end = ms.end();
      }
    }
    Span span = new Span(start, end);
    String name = g.text().textOf(span);
    if (name.isBlank()) {
      return null;
    }
    return new EventActor(role, name, span, hit == null ? null : hit.entity);
  }

  private static Map<Integer, EntityHit> entityIndex(Graph g, List<LocalEntity> entities) {
    Map<Integer, EntityHit> at = new HashMap<>();
    if (entities.isEmpty()) {
      return at;
    }
    TreeMap<Integer, EntityHit> byStart = new TreeMap<>();
    for (LocalEntity e : entities) {
      for (EntityMention m : e.mentions()) {
        byStart.put(m.span().start(), new EntityHit(e.index(), m));
      }
    }
    for (int i = 0; i < g.size(); i++) {
      Span ts = g.token(i).span();
      Map.Entry<Integer, EntityHit> floor = byStart.floorEntry(ts.start());
      if (floor != null && floor.getValue().mention.span().contains(ts)) {
        at.put(i, floor.getValue());
      }
    }
    return at;
  }

  // --- modality ----------------------------------------------------------------------------------

  private record Modal(Modality modality, List<String> cues) {}

  private static Modal modality(Graph g, Cand c, Sentence s) {
    Map<Modality, List<String>> found = new HashMap<>();
    int t = c.token;
    // the trigger and the verbs it shares its clause with (its light verb; up through xcomp)
    List<Integer> clause = new ArrayList<>();
    clause.add(t);
    if (c.light >= 0) {
      clause.add(c.light);
    }
    int x = c.light >= 0 ? c.light : t;
    List<Integer> above = new ArrayList<>();
    boolean inClause = true;
    for (int step = 0; step < 8; step++) {
      Graph.Edge h = g.head(x);
      if (h == null) {
        break;
      }
      String r = h.rel();
      if (r.startsWith("acl") || r.equals("appos") || r.startsWith("nmod") && !inClause) {
        break;
      }
      x = h.token();
      if (inClause && r.equals("xcomp")) {
        clause.add(x);
      } else {
        inClause = false;
      }
      above.add(x);
    }
    for (int k : clause) {
      for (Graph.Edge e : g.children(k)) {
        String lemma = g.lemma(e.token());
        String r = e.rel();
        if ((r.equals("advmod") || r.equals("det") || r.equals("neg"))
            && Cues.NEGATION_LEMMAS.contains(lemma)) {
          add(found, Modality.DENIED, g.word(e.token()));
        } else if (r.equals("aux")) {
          if (lemma.equals("would") && reportedAbove(g, above)) {
            add(found, Modality.PLANNED, g.word(e.token()));
          } else if (Cues.HYPOTHETICAL_LEMMAS.contains(lemma)) {
            add(found, Modality.HYPOTHETICAL, g.word(e.token()));
          } else if (Cues.PLANNED_LEMMAS.contains(lemma)) {
            add(found, Modality.PLANNED, g.word(e.token()));
          }
        } else if (r.equals("mark") && Cues.HYPOTHETICAL_LEMMAS.contains(lemma)) {
          add(found, Modality.HYPOTHETICAL, g.word(e.token()));
        } else if ((r.equals("advmod") || r.equals("amod"))
            && Cues.HEDGE_WORDS.contains(g.lower(e.token()))) {
          add(found, Modality.ALLEGED, g.word(e.token()));
        }
      }
    }
    // "going to", "plans to", "vowed to", "willing to", "denied", "accused X of", "said"
    for (int k : above) {
      String lemma = g.lemma(k);
      if (k != t && clause.contains(k) && k != c.light) {
        // xcomp governors: "plans to attack", "refused to", "agreed to"
        if (Cues.DENIAL_LEMMAS.contains(lemma) && !lemma.equals("reject")) {
          add(found, Modality.DENIED, g.word(k));
        } else if (Cues.PLANNED_LEMMAS.contains(lemma)
            || INTENT_LEMMAS.contains(lemma)
            || ORDER_VERBS.contains(lemma)) {
          add(found, Modality.PLANNED, g.word(k));
        } else if (Cues.HYPOTHETICAL_LEMMAS.contains(lemma)) {
          add(found, Modality.HYPOTHETICAL, g.word(k));
        }
        for (Graph.Edge e : g.children(k)) {
          if (e.rel().equals("advmod") && Cues.NEGATION_LEMMAS.contains(g.lemma(e.token()))) {
            add(found, Modality.DENIED, g.word(e.token()));
          }
        }
        continue;
      }
      if (clause.contains(k)) {
        continue;
      }
      if (Cues.DENIAL_LEMMAS.contains(lemma) && g.verb(k)) {
        add(found, Modality.DENIED, g.word(k));
      } else if (ALLEGING_LEMMAS.contains(lemma) && g.verb(k)) {
        add(found, Modality.ALLEGED, g.word(k));
      } else if (INTENT_LEMMAS.contains(lemma) || Cues.PLANNED_LEMMAS.contains(lemma)) {
        add(found, Modality.PLANNED, g.word(k));
      } else if (Cues.REPORTING_LEMMAS.contains(lemma) && g.verb(k)) {
        add(found, Modality.REPORTED, g.word(k));
      }
      for (Graph.Edge e : g.children(k)) {
        if (e.rel().equals("mark")
            && Cues.HYPOTHETICAL_LEMMAS.contains(g.lemma(e.token()))
            && g.dominates(k, t)) {
          add(found, Modality.HYPOTHETICAL, g.word(e.token()));
        }
      }
    }
    // sentence-wide cues: "could not be independently verified", "according to"
    String sentenceText = g.text().textOf(s.span());
    for (String phrase : Cues.hedgePhrases(sentenceText)) {
      add(found, Modality.ALLEGED, phrase);
    }
    for (int k = s.firstToken(); k < s.endToken() - 1; k++) {
      if (g.lower(k).equals("according") && g.lower(k + 1).equals("to")) {
        add(found, Modality.REPORTED, "according to");
      }
    }
    for (Modality m :
        List.of(
            Modality.DENIED,
            Modality.HYPOTHETICAL,
            Modality.PLANNED,
            Modality.ALLEGED,
            Modality.REPORTED)) {
      if (found.containsKey(m)) {
        List<String> cues = new ArrayList<>();
        found.values().forEach(cues::addAll);
        return new Modal(m, cues);
      }
    }
    return new Modal(Modality.ASSERTED, List.of());
  }

  private static boolean reportedAbove(Graph g, List<Integer> above) {
    for (int k : above) {
      if (g.verb(k) && Cues.REPORTING_LEMMAS.contains(g.lemma(k))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<Modality, List<String>> found, Modality m, String cue) {
    List<String> l = found.computeIfAbsent(m, x -> new ArrayList<>());
    if (!l.contains(cue)) {
      l.add(cue);
    }
  }

  // --- date --------------------------------------------------------------------------------------

  private static int @Nullable [] tokenRange(Graph g, int from, int to, Span span) {
    int a = -1;
    int b = -1;
    for (int i = from; i < to; i++) {
      if (span.contains(g.token(i).span())) {
        if (a < 0) {
          a = i;
        }
        b = i + 1;
      }
    }
    return a < 0 ? null : new int[] {a, b};
  }

  /** The points of the parse a time or place of the event may hang from. */
  private static List<Integer> anchors(Graph g, Cand c) {
    List<Integer> a = new ArrayList<>();
    a.add(c.token);
    if (c.light >= 0) {
      a.add(c.light);
    }
    if (g.noun(c.token)) {
      for (Graph.Edge p : g.parents(c.token)) {
        if ((p.rel().equals("nsubj") || p.rel().equals("nsubj:pass")) && g.verb(p.token())) {
          a.add(p.token()); // "clashes erupted on Sunday in Derna"
        }
      }
    }
    return a;
  }

  private static EventDate date(
      Graph g,
      Cand c,
      Map<Integer, Cand> cands,
      List<TimeExpression> times,
      List<int[]> ranges,
      @Nullable LocalDate published,
      Modality modality) {
    List<Integer> anchors = anchors(g, c);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression te = times.get(i);
      if (!isDate(te)) {
        continue;
      }
      int[] r = ranges.get(i);
      if (attachedTo(g, r, anchors) >= 0) {
        return dateOf(te, "time expression \"" + te.text() + "\" governing the event", published);
      }
    }
    TimeExpression only = null;
    int dates = 0;
    for (int i = 0; i < times.size(); i++) {
      TimeExpression te = times.get(i);
      if (!isDate(te)) {
        continue;
      }
      dates++;
      int[] r = ranges.get(i);
      boolean elsewhere = false;
      for (int k = r[0]; k < r[1]; k++) {
        Graph.Edge h = g.head(k);
        if (h == null || (h.token() >= r[0] && h.token() < r[1])) {
          continue;
        }
        int gov = h.token();
        if ((g.verb(gov) && Cues.REPORTING_LEMMAS.contains(g.lemma(gov)))
            || (cands.containsKey(gov) && !cands.get(gov).suppressed && gov != c.token)) {
          elsewhere = true;
        }
      }
      if (!elsewhere) {
        only = te;
      }
    }
    if (dates == 1 && only != null) {
      return dateOf(
          only,
          "time expression \"" + only.text() + "\", the only date in the sentence",
          published);
    }
    String why = "unknown; no time expression governs the event";
    if (published != null && modality != Modality.PLANNED && modality != Modality.HYPOTHETICAL) {
      return EventDate.unknown(why + "; on or before " + published + ", the publication date");
    }
    return EventDate.unknown(published == null ? why + " and the article is undated" : why);
  }

  private static boolean isDate(TimeExpression te) {
    return te.type().equals("DATE") || te.type().equals("TIME");
  }

  /** The index of the anchor the token range hangs from, or -1. */
  private static int attachedTo(Graph g, int[] r, List<Integer> anchors) {
    for (int k = r[0]; k < r[1]; k++) {
      for (Graph.Edge p : g.parents(k)) {
        if (p.token() >= r[0] && p.token() < r[1]) {
          continue;
        }
        if (anchors.contains(p.token())) {
          return p.token();
        }
      }
    }
    return -1;
  }

  private static EventDate dateOf(TimeExpression te, String how, @Nullable LocalDate published) {
    String against =
        published == null ? "" : ", resolved against the publication date " + published;
    String v = te.value();
    if (v != null) {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        return new EventDate(m.group(1), DatePrecision.DAY, how + against, te.span());
      }
      if ((m = WEEK.matcher(v)).matches()) {
        return new EventDate(m.group(1), DatePrecision.WEEK, how + against, te.span());
      }
      if (MONTH.matcher(v).matches()) {
        return new EventDate(v, DatePrecision.MONTH, how + against, te.span());
      }
      if ((m = YEAR.matcher(v)).matches()) {
        String note = m.group(2) == null ? "" : " (" + v + " given as its year)";
        return new EventDate(m.group(1), DatePrecision.YEAR, how + against + note, te.span());
      }
    }
    String reason =
        v == null
            ? (published == null
                ? "could not be resolved (the article is undated)"
                : "could not be resolved to a calendar date")
            : "has no calendar value (" + v + ")";
    return new EventDate(
        null, DatePrecision.UNKNOWN, "unknown; " + how + " but " + reason, te.span());
  }

  // --- place -------------------------------------------------------------------------------------

  private static @Nullable EventPlace place(Graph g, Cand c, Map<Integer, EntityHit> entityAt) {
    for (int a : anchors(g, c)) {
      for (Graph.Edge e : g.children(a)) {
        String r = e.rel();
        int k = e.token();
        String prep = Graph.prep(r);
        // "west of Benghazi", "30 km south of Tripoli"
        if (DIRECTIONS.contains(g.lemma(k))) {
          for (Graph.Edge f : g.children(k)) {
            if ((f.rel().equals("nmod:of") || f.rel().equals("obl:of"))
                && located(g, f.token(), entityAt)) {
              int first = k;
              for (Graph.Edge d : g.children(k)) {
                if (d.token() < first && !d.rel().equals("punct") && !d.rel().equals("case")) {
                  first = d.token();
                }
              }
              int of = f.token() - 1;
              String relation =
                  g.text()
                      .text()
                      .substring(g.token(first).span().start(), g.token(of).span().end());
              return placeAt(g, f.token(), entityAt, relation);
            }
          }
        }
        if (!(r.startsWith("obl:") || r.startsWith("nmod:")) || !PLACE_PREPS.contains(prep)) {
          continue;
        }
        if (located(g, k, entityAt)) {
          // "west of Benghazi" parsed with the direction as the preposition's head
          return placeAt(g, k, entityAt, relationText(g, k, prep));
        }
        if (PLACE_NOUNS.contains(g.lemma(k))) {
          for (Graph.Edge f : g.children(k)) {
            int n = f.token();
            if (!located(g, n, entityAt)) {
              continue;
            }
            if (f.rel().equals("nmod:of") || f.rel().equals("appos")) {
              // "in the town of Cizre", "on the outskirts of Tripoli"
              int caseTok = g.child(k, "case");
              int s0 = caseTok >= 0 ? caseTok : k;
              int ofTok = g.child(n, "case");
              int s1 = ofTok >= 0 ? ofTok : k;
              String relation =
                  g.text().text().substring(g.token(s0).span().start(), g.token(s1).span().end());
              return placeAt(g, n, entityAt, relation);
            }
            if (f.rel().equals("nmod:poss")
                || f.rel().equals("compound")
                || f.rel().equals("amod")) {
              // "in Benghazi's Sabri district", "in the Hebron area"
              EventPlace inner = placeAt(g, n, entityAt, prep);
              int start = Math.min(inner.span().start(), g.token(k).span().start());
              Span span = new Span(start, g.token(k).span().end());
              return new EventPlace(g.text().textOf(span), span, inner.entity(), prep);
            }
          }
        }
      }
    }
    return null;
  }

  private static String relationText(Graph g, int k, String prep) {
    int caseTok = -1;
    for (Graph.Edge e : g.children(k)) {
      if (e.rel().equals("case") && e.token() < k) {
        caseTok = caseTok < 0 ? e.token() : Math.min(caseTok, e.token());
      }
    }
    if (caseTok >= 0) {
      int last = k - 1;
      while (last > caseTok && !g.ner(last).equals("O")) {
        last--;
      }
      // "west of", "outside of", "near": the words between the first case token and the name
      String rel =
          g.text().text().substring(g.token(caseTok).span().start(), g.token(last).span().end());
      if (rel.length() <= 40) {
        return rel;
      }
    }
    return prep;
  }

  private static boolean located(Graph g, int k, Map<Integer, EntityHit> entityAt) {
    EntityHit hit = entityAt.get(k);
    if (hit != null) {
      return hit.mention.type() == EntityType.LOCATION;
    }
    return g.ner(k).equals("LOCATION");
  }

  private static EventPlace placeAt(
      Graph g, int k, Map<Integer, EntityHit> entityAt, String relation) {
    EntityHit hit = entityAt.get(k);
    if (hit != null) {
      return new EventPlace(hit.mention.text(), hit.mention.span(), hit.entity, relation);
    }
    int a = k;
    int b = k;
    while (a - 1 >= 0
        && g.ner(a - 1).equals("LOCATION")
        && g.token(a - 1).sentence() == g.token(k).sentence()) {
      a--;
    }
    while (b + 1 < g.size()
        && g.ner(b + 1).equals("LOCATION")
        && g.token(b + 1).sentence() == g.token(k).sentence()) {
      b++;
    }
    Span span = new Span(g.token(a).span().start(), g.token(b).span().end());
    return new EventPlace(g.text().textOf(span), span, null, relation);
  }

  // --- responses ---------------------------------------------------------------------------------

  private static int respondsTo(Graph g, Cand c, Map<Integer, Cand> cands) {
    Deque<int[]> todo = new ArrayDeque<>();
    Set<Integer> seen = new java.util.HashSet<>();
    todo.add(new int[] {c.token, 0});
    if (c.light >= 0) {
      todo.add(new int[] {c.light, 0});
    }
    while (!todo.isEmpty()) {
      int[] x = todo.poll();
      if (!seen.add(x[0]) || x[1] > 3) {
        continue;
      }
      for (Graph.Edge e : g.children(x[0])) {
        String r = e.rel();
        int k = e.token();
        if (k == c.token
            || !(r.equals("obj")
                || r.startsWith("obl")
                || r.startsWith("nmod")
                || r.equals("ccomp")
                || r.equals("xcomp")
                || r.startsWith("advcl")
                || r.startsWith("acl"))) {
          continue;
        }
        if (r.startsWith("nmod:poss") || r.equals("obl:tmod") || r.equals("nmod:tmod")) {
          continue;
        }
        Cand other = cands.get(k);
        if (other != null
            && !other.suppressed
            && INCIDENT_TYPES.contains(other.type.name())
            && other.token != c.token
            && !(INCIDENT_TYPES.contains(c.type.name()) && x[1] == 0 && r.startsWith("advcl"))) {
          return k;
        }
        todo.add(new int[] {k, x[1] + 1});
      }
    }
    return -1;
  }
}
