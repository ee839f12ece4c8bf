// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.ActorRole;
import io.dossier.model.CasualtyCount;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Contradiction;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Participant;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import io.dossier.resolve.facts.EventMerger.MentionRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Links claims across articles.
 *
 * <ul>
 *   <li><b>Same statement:</b> two claims by the same speaker (resolved entity, else the name as
 *       written) join one cluster when their content words overlap (Jaccard at least {@value
 *       #SAME_CONTENT}, or one partial quote of at least {@value #MIN_CONTAINED_WORDS} words
 *       contained in the other), or when both report the same merged event with the same polarity —
 *       and, when both documents are dated, they were published within {@value
 *       #SAME_STATEMENT_DAYS} days of each other. Syndicated copies fall out of this naturally.
 *       Corroboration counts independent outlets.
 *   <li><b>Contradictions,</b> each with its reason: figures that disagree about the same event (18
 *       vs 20 killed), a denial of an event that other claims report, and conflicting attributions
 *       of the same event (one report names one perpetrator, another a different one).
 * </ul>
 */
public final class ClaimLinker {

  /** Content-word Jaccard at or above which two claims by one speaker state the same thing. */
  public static final double SAME_CONTENT = 0.6;

  /** Smallest partial quote that joins a longer claim containing it. */
  public static final int MIN_CONTAINED_WORDS = 4;

  /**
   * Two dated reports of one statement are published within this many days of each other: a speaker
   * repeating the same words months later is making a new statement.
   */
  public static final int SAME_STATEMENT_DAYS = 60;

  /** A speaker with at most this many claims has every pair compared; above it, candidates. */
  static final int PAIRWISE_GROUP = 64;

  private final int pairwiseGroup;

  /** A linker that compares every pair of a speaker's claims only for small groups. */
  public ClaimLinker() {
    this(PAIRWISE_GROUP);
  }

  /** A linker comparing every pair of groups up to {@code pairwiseGroup} claims (tests). */
  ClaimLinker(int pairwiseGroup) {
    this.pairwiseGroup = pairwiseGroup;
  }

  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "and", "or", "is", "are", "was", "were", "be",
          "been", "that", "this", "it", "its", "for", "with", "as", "at", "by", "from", "has",
          "have", "had", "will", "would", "we", "our", "they", "their", "he", "his", "she", "her",
          "i", "you", "not", "but", "said", "says");

  /** Which merged event a document's event mention went into. */
  @FunctionalInterface
  public interface EventLookup {
    /** The event of mention {@code index} of {@code document}, null when none. */
    @Nullable String eventOf(String document, int index);
  }

  private final List<Item> items = new ArrayList<>();
  private final Sources sources = new Sources();

  /** One shared string per distinct content word: a large store has millions of claims. */
  private final Map<String, String> dictionary = new HashMap<>();

  private boolean finished;

  /**
   * Links the claims of {@code documents} (ingest order), leaving this linker as it was.
   *
   * @param events the merged events and which event each mention went into
   */
  public List<Claim> link(List<DocumentFacts> documents, EventMerger.Result events) {
    ClaimLinker linker = new ClaimLinker(pairwiseGroup);
    for (DocumentFacts d : documents) {
      linker.add(d, (document, index) -> events.eventOf().get(new MentionRef(document, index)));
    }
    Linked linked = linker.finish(events.events());
    List<Claim> out = new ArrayList<>();
    for (DocumentFacts d : documents) {
      out.addAll(linked.claimsOf(d));
    }
    return out;
  }

  /**
   * Reads the claims of the next document in ingest order. Only what linking compares is kept (the
   * speaker, content words, reported events), not the claims' text, so a large store's documents
   * can stream past one at a time; {@link Linked#claimsOf} reads them again.
   *
   * @param eventOf which merged event each of the document's event mentions went into
   */
  public void add(DocumentFacts document, EventLookup eventOf) {
    if (finished) {
      throw new IllegalStateException("add after finish");
    }
    sources.add(document.article());
    for (int i = 0; i < document.claims().size(); i++) {
      items.add(new Item(document, i, document.claims().get(i), eventOf, dictionary));
    }
  }

  /**
   * Links the claims of every document added: the same-statement clusters and the contradictions.
   * Call once.
   *
   * @param events the merged events
   */
  public Linked finish(List<Event> events) {
    if (finished) {
      throw new IllegalStateException("finish called twice");
    }
    finished = true;
    dictionary.clear();
    Map<String, Event> eventById = new HashMap<>();
    events.forEach(e -> eventById.put(e.id(), e));

    // same statement: union-find within each speaker's claims
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i).speakerKey;
      if (key != null) {
        bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : bySpeaker.values()) {
      if (group.size() <= pairwiseGroup) {
        for (int x = 0; x < group.size(); x++) {
          for (int y = x + 1; y < group.size(); y++) {
            if (sameStatement(items.get(group.get(x)), items.get(group.get(y)))) {
              union(parent, group.get(x), group.get(y));
            }
          }
        }
      } else {
        linkThroughCandidates(group, items, parent);
      }
    }
    bySpeaker.clear();
    // each cluster's claims in order, as int arrays: a large store has millions of claims
    int n = items.size();
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i); // every claim points at its root, the cluster's first claim
      size[parent[i]]++;
    }
    int[] start = new int[n];
    for (int i = 0, at = 0; i < n; i++) {
      if (size[i] > 0) {
        start[i] = at;
        at += size[i];
      }
    }
    int[] members = new int[n];
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      int root = parent[i];
      members[start[root] + filled[root]++] = i;
    }
    filled = null;

    // contradictions are found per claim as it is given out: the claims about one event, in the
    // order linking met the events (a popular event has thousands of claims and millions of pairs)
    Map<String, int[]> byEvent = new LinkedHashMap<>();
    Map<String, List<Integer>> gathering = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (Report r : items.get(i).reports) {
        gathering.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Integer> eventOrder = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : gathering.entrySet()) {
      eventOrder.put(e.getKey(), eventOrder.size());
      byEvent.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    gathering.clear();
    return new Linked(parent, start, size, members, eventById, byEvent, eventOrder);
  }

  /**
   * The linked claims, given out document by document: {@link #claimsOf} takes the documents again,
   * in the order they were added, with their text.
   */
  public final class Linked {
    /** Each claim's cluster root (its first claim); the claims of a root's cluster, in order. */
    private final int[] root;

    private final int[] start;
    private final int[] size;
    private final int[] members;
    private final Map<String, Event> eventById;

    /** The claims reporting each event, in order, and the order in which linking met the events. */
    private final Map<String, int[]> byEvent;

    private final Map<String, Integer> eventOrder;

    /** The independent sources of each cluster, by its root, once counted; -1 before. */
    private final int[] independentOf;

    /** The claims about each event grouped by what they report of it, built when first asked. */
    private final Map<String, List<Group>> groups = new HashMap<>();

    private int next;

    private Linked(
        int[] root,
        int[] start,
        int[] size,
        int[] members,
        Map<String, Event> eventById,
        Map<String, int[]> byEvent,
        Map<String, Integer> eventOrder) {
      this.root = root;
      this.independentOf = new int[root.length];
      Arrays.fill(independentOf, -1);
      this.start = start;
      this.size = size;
      this.members = members;
      this.eventById = eventById;
      this.byEvent = byEvent;
      this.eventOrder = eventOrder;
    }

    /**
     * The claims contradicting claim {@code i}, each with its reason: for each event it reports (in
     * the order linking met them), the other claims about that event in order; the first reason
     * found for a claim stands.
     */
    private Contradictions contradictions(int i) {
      Item item = items.get(i);
      if (item.reports.length == 0) {
        return Contradictions.NONE;
      }
      if (item.reports.length == 1) {
        return contradictionsAbout(i, item.reports[0]);
      }
      // several events: when only one of them has claims that could contradict this one, the
      // contradictions are those about it alone; otherwise every claim about each is read
      Report only = null;
      int disputed = 0;
      for (Report r : item.reports) {
        if (eventById.containsKey(r.event()) && disputed(r)) {
          only = r;
          disputed++;
        }
      }
      if (disputed == 0) {
        return Contradictions.NONE;
      }
      if (disputed == 1) {
        return contradictionsAbout(i, Objects.requireNonNull(only));
      }
      List<String> events = new ArrayList<>(item.reports.length);
      for (Report r : item.reports) {
        events.add(r.event());
      }
      events.sort(Comparator.comparingInt(eventOrder::get));
      Set<Integer> found = new HashSet<>();
      List<Contradiction> listed = new ArrayList<>();
      for (String id : events) {
        Event event = eventById.get(id);
        if (event == null) {
          continue;
        }
        for (int j : byEvent.get(id)) {
          if (j == i || found.contains(j)) {
            continue;
          }
          // the earlier claim first, as the reason names them in that order
          Item a = j < i ? items.get(j) : item;
          Item b = j < i ? item : items.get(j);
          Conflict conflict = conflict(event, a, b);
          if (conflict != null) {
            found.add(j);
            if (listed.size() < Claim.LISTED) {
              listed.add(new Contradiction(items.get(j).id(), reason(conflict, event, a, b)));
            }
          }
        }
      }
      return new Contradictions(listed, found.size());
    }

    /**
     * The contradictions of claim {@code i}, which reports one event, as {@link #contradictions}
     * finds them, without reading every claim about the event: a popular event has thousands, and
     * reading them all for each of them grows with the square of its reports. The claims about the
     * event are grouped by what they report of it (whether they deny it, the figures, the
     * perpetrator), which decides a contradiction; only claims by the same speaker in the same
     * document are exempt, and they lie next to {@code i} in the event's list.
     */
    private Contradictions contradictionsAbout(int i, Report mine) {
      Event event = eventById.get(mine.event());
      if (event == null) {
        return Contradictions.NONE;
      }
      Item item = items.get(i);
      List<int[]> against = new ArrayList<>();
      int total = 0;
      for (Group g : groupsOf(mine.event())) {
        if (conflict(mine, g.report()) != null) {
          against.add(g.members());
          total += g.members().length;
        }
      }
      if (against.isEmpty()) {
        return Contradictions.NONE;
      }
      int[] all = byEvent.get(mine.event());
      int at = Arrays.binarySearch(all, i);
      for (int k = at - 1; k >= 0 && items.get(all[k]).document.equals(item.document); k--) {
        total -= exempt(item, mine, all[k]) ? 1 : 0;
      }
      for (int k = at + 1;
          k < all.length && items.get(all[k]).document.equals(item.document);
          k++) {
        total -= exempt(item, mine, all[k]) ? 1 : 0;
      }
      // the first LISTED of the union, in order: at most LISTED from each group
      int[] first = new int[against.size() * Claim.LISTED];
      int n = 0;
      for (int[] members : against) {
        int taken = 0;
        for (int k = 0; k < members.length && taken < Claim.LISTED; k++) {
          if (!exempt(item, mine, members[k])) {
            first[n++] = members[k];
            taken++;
          }
        }
      }
      Arrays.sort(first, 0, n);
      List<Contradiction> listed = new ArrayList<>(Math.min(n, Claim.LISTED));
      for (int k = 0; k < n && listed.size() < Claim.LISTED; k++) {
        int j = first[k];
        Item a = j < i ? items.get(j) : item;
        Item b = j < i ? item : items.get(j);
        Conflict conflict = Objects.requireNonNull(conflict(event, a, b));
        listed.add(new Contradiction(items.get(j).id(), reason(conflict, event, a, b)));
      }
      return new Contradictions(listed, total);
    }

    /** Whether some claim about the event reports of it what contradicts {@code mine}. */
    private boolean disputed(Report mine) {
      for (Group g : groupsOf(mine.event())) {
        if (conflict(mine, g.report()) != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether claim {@code j} contradicts {@code item} but is exempt: same speaker, same document.
     */
    private boolean exempt(Item item, Report mine, int j) {
      Item other = items.get(j);
      if (!sameSpeakerInOneDocument(item, other)) {
        return false;
      }
      Report theirs = other.report(mine.event());
      return theirs != null && conflict(mine, theirs) != null;
    }

    /** The claims about {@code event} grouped by what they report of it, each group in order. */
    private List<Group> groupsOf(String event) {
      List<Group> found = groups.get(event);
      if (found == null) {
        Map<List<Object>, List<Integer>> by = new LinkedHashMap<>();
        Map<List<Object>, Report> sample = new HashMap<>();
        for (int j : byEvent.get(event)) {
          Report r = Objects.requireNonNull(items.get(j).report(event));
          List<Object> key =
              Arrays.asList(
                  r.modality() == Modality.DENIED, r.killed(), r.injured(), r.perpetrator());
          by.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
          sample.putIfAbsent(key, r);
        }
        found = new ArrayList<>(by.size());
        for (Map.Entry<List<Object>, List<Integer>> e : by.entrySet()) {
          found.add(
              new Group(
                  sample.get(e.getKey()),
                  e.getValue().stream().mapToInt(Integer::intValue).toArray()));
        }
        groups.put(event, found);
      }
      return found;
    }

    /**
     * The linked claims of the next document, which must be the next one added (with the same
     * claims) and may now be the whole document again.
     *
     * @throws IllegalStateException when {@code document} is not the next document added
     */
    public List<Claim> claimsOf(DocumentFacts document) {
      List<Claim> out = new ArrayList<>(document.claims().size());
      for (int k = 0; k < document.claims().size(); k++) {
        int i = next++;
        if (i >= items.size()
            || !items.get(i).document.equals(document.id())
            || items.get(i).index != k) {
          throw new IllegalStateException(
              "claims of " + document.id() + " asked out of the order their documents were added");
        }
        out.add(claim(i, document, document.claims().get(k)));
      }
      return out;
    }

    private Claim claim(int i, DocumentFacts document, ClaimMention mention) {
      Item item = items.get(i);
      int first = root[i];
      int from = start[first];
      int to = from + size[first];
      // members are in item order, so a document's members are next to each other: the claims of
      // the item's own document are found around it, not by reading a large cluster whole
      int at = Arrays.binarySearch(members, from, to, i);
      int sameFrom = at;
      while (sameFrom > from && items.get(members[sameFrom - 1]).document.equals(item.document)) {
        sameFrom--;
      }
      int sameTo = at + 1;
      while (sameTo < to && items.get(members[sameTo]).document.equals(item.document)) {
        sameTo++;
      }
      int supportsTotal = (to - from) - (sameTo - sameFrom);
      List<String> supports = new ArrayList<>(Math.min(supportsTotal, Claim.LISTED));
      for (int k = from; k < to && supports.size() < Claim.LISTED; k++) {
        if (k == sameFrom) {
          k = sameTo - 1;
          continue;
        }
        supports.add(items.get(members[k]).id());
      }
      int independent = independentOf[first];
      if (independent < 0) {
        Set<String> docs = new LinkedHashSet<>();
        for (int k = from; k < to; k++) {
          docs.add(items.get(members[k]).document);
        }
        independent = sources.independent(docs);
        independentOf[first] = independent;
      }
      Contradictions against = contradictions(i);
      return new Claim(
          item.id(),
          mention,
          document.text(mention.span()),
          item.speakerEntity,
          item.onBehalfOfEntity,
          item.about,
          Ids.hashed("k", items.get(first).id()),
          supports,
          against.listed(),
          independent,
          document.article().outlet(),
          supportsTotal,
          against.total());
    }
  }

  /**
   * The runs of letters and numbers ({@code \p{L}}, {@code \p{N}}) in {@code text}, in order: what
   * splitting on {@code [^\p{L}\p{N}]+} gives without its empty strings, without a regular
   * expression (a large rebuild splits millions of claims).
   */
  static List<String> wordRuns(String text) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int at = 0; at < text.length(); ) {
      int c = text.codePointAt(at);
      if (isWordChar(c)) {
        if (start < 0) {
          start = at;
        }
      } else if (start >= 0) {
        runs.add(text.substring(start, at));
        start = -1;
      }
      at += Character.charCount(c);
    }
    if (start >= 0) {
      runs.add(text.substring(start));
    }
    return runs;
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Links a frequent speaker's claims without comparing every pair. Only pairs that {@link
   * #sameStatement} could accept are compared: claims that share an event; pairs whose word sets
   * could reach the Jaccard threshold (prefix filtering: under one order of the words, rarest
   * first, two sets with Jaccard &ge; t share a word among the first {@code |x| - ceil(t|x|) + 1}
   * of each); pairs where the smaller set could lie inside the larger (the larger then holds the
   * smaller's rarest word); and, when both are dated, only pairs published within {@link
   * #SAME_STATEMENT_DAYS} of each other (looked up by binary search in date-ordered lists). The
   * clusters equal those of comparing every pair.
   */
  private static void linkThroughCandidates(List<Integer> group, List<Item> items, int[] parent) {
    Map<String, Integer> frequency = new HashMap<>();
    for (int i : group) {
      for (String w : items.get(i).words) {
        frequency.merge(w, 1, Integer::sum);
      }
    }
    Comparator<String> rarestFirst =
        Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w);
    // dated claims first, by day; undated after them
    List<Integer> order = new ArrayList<>(group);
    order.sort(
        Comparator.comparing(
                (Integer i) -> items.get(i).published,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(i -> i));
    Map<Integer, String[]> ordered = new HashMap<>();
    Map<String, DatedList> prefixes = new HashMap<>();
    Map<String, DatedList> containing = new HashMap<>();
    Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
    for (int i : order) {
      Item item = items.get(i);
      String[] words = item.words.clone();
      Arrays.sort(words, rarestFirst);
      ordered.put(i, words);
      for (int k = 0; k < prefixLength(words.length); k++) {
        prefixes.computeIfAbsent(words[k], w -> new DatedList()).add(i, item.published);
      }
      for (String w : words) {
        containing.computeIfAbsent(w, w2 -> new DatedList()).add(i, item.published);
      }
      for (Report r : item.reports) {
        byEvent.computeIfAbsent(r.event(), e -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> compared = new HashSet<>();
    for (int i : order) {
      Item item = items.get(i);
      String[] words = ordered.get(i);
      compared.clear();
      compared.add(i);
      for (int k = 0; k < prefixLength(words.length); k++) {
        prefixes.get(words[k]).near(item.published, j -> compare(items, parent, compared, i, j));
      }
      if (words.length >= MIN_CONTAINED_WORDS) {
        containing.get(words[0]).near(item.published, j -> compare(items, parent, compared, i, j));
      }
      for (Report r : item.reports) {
        for (int j : byEvent.get(r.event())) {
          compare(items, parent, compared, i, j);
        }
      }
    }
  }

  private static void compare(List<Item> items, int[] parent, Set<Integer> compared, int i, int j) {
    if (compared.add(j) && find(parent, i) != find(parent, j)) {
      if (sameStatement(items.get(i), items.get(j))) {
        union(parent, i, j);
      }
    }
  }

  /** How many of a claim's rarest words any claim it could match must share one of. */
  private static int prefixLength(int words) {
    return words == 0
        ? 0
        : Math.min(words, words - (int) Math.ceil(SAME_CONTENT * words - 1e-9) + 1);
  }

  /** Claim indexes in publication order, the undated ones apart. */
  private static final class DatedList {
    private final List<Integer> dated = new ArrayList<>();
    private final List<Long> days = new ArrayList<>();
    private final List<Integer> undated = new ArrayList<>();

    void add(int item, @Nullable LocalDate published) {
      if (published == null) {
        undated.add(item);
      } else {
        dated.add(item);
        days.add(published.toEpochDay());
      }
    }

    /** Every claim that may be the same statement as one published on {@code day}. */
    void near(@Nullable LocalDate day, java.util.function.IntConsumer action) {
      undated.forEach(action::accept);
      if (day == null) {
        dated.forEach(action::accept);
        return;
      }
      long from = day.toEpochDay() - SAME_STATEMENT_DAYS;
      long to = day.toEpochDay() + SAME_STATEMENT_DAYS;
      int lo = 0;
      int hi = days.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days.get(mid) < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int k = lo; k < days.size() && days.get(k) <= to; k++) {
        action.accept(dated.get(k));
      }
    }
  }

  private static boolean sameStatement(Item a, Item b) {
    if (a.denied != b.denied || figuresDisagree(a, b)) {
      return false;
    }
    if (a.published != null
        && b.published != null
        && Math.abs(a.published.toEpochDay() - b.published.toEpochDay()) > SAME_STATEMENT_DAYS) {
      return false;
    }
    if (a.words.length > 0 && b.words.length > 0) {
      int both = shared(a.words, b.words);
      int union = a.words.length + b.words.length - both;
      if ((double) both / union >= SAME_CONTENT) {
        return true;
      }
      int smaller = Math.min(a.words.length, b.words.length);
      if (smaller >= MIN_CONTAINED_WORDS && both == smaller) {
        return true;
      }
    }
    for (Report r : a.reports) {
      Report other = b.report(r.event());
      if (other != null
          && (other.modality() == Modality.DENIED) == (r.modality() == Modality.DENIED)) {
        return !a.document.equals(b.document);
      }
    }
    return false;
  }

  /** The number of words two sorted sets of distinct words share. */
  private static int shared(String[] a, String[] b) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        n++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Whether the two claims give figures for one event that do not overlap. */
  private static boolean figuresDisagree(Item a, Item b) {
    for (Report mine : a.reports) {
      Report other = b.report(mine.event());
      if (other != null
          && mine.killed() != null
          && other.killed() != null
          && !compatible(mine.killed(), other.killed())) {
        return true;
      }
    }
    return false;
  }

  /** Why two claims about one event contradict each other. */
  private enum Conflict {
    DENIAL,
    KILLED,
    INJURED,
    ATTRIBUTION
  }

  /** The contradictions of one claim: the first {@link Claim#LISTED}, and how many there are. */
  private record Contradictions(List<Contradiction> listed, int total) {
    static final Contradictions NONE = new Contradictions(List.of(), 0);
  }

  /**
   * Whether claims {@code a} and {@code b} (the earlier first) contradict each other about {@code
   * event}, and how; the reason's text is built only for the contradictions listed.
   */
  private static @Nullable Conflict conflict(Event event, Item a, Item b) {
    if (sameSpeakerInOneDocument(a, b)) {
      return null;
    }
    Report ea = a.report(event.id());
    Report eb = b.report(event.id());
    if (ea == null || eb == null) {
      return null;
    }
    return conflict(ea, eb);
  }

  /** A speaker does not contradict itself within one article (it may correct itself). */
  private static boolean sameSpeakerInOneDocument(Item a, Item b) {
    return a.document.equals(b.document)
        && a.speakerKey != null
        && a.speakerKey.equals(b.speakerKey);
  }

  /**
   * How two reports of one event contradict each other, whoever made them: a denial against an
   * assertion, figures that cannot both be true, different perpetrators.
   */
  private static @Nullable Conflict conflict(Report ea, Report eb) {
    if ((ea.modality() == Modality.DENIED) != (eb.modality() == Modality.DENIED)) {
      return Conflict.DENIAL;
    }
    if (ea.killed() != null && eb.killed() != null && !compatible(ea.killed(), eb.killed())) {
      return Conflict.KILLED;
    }
    if (ea.injured() != null && eb.injured() != null && !compatible(ea.injured(), eb.injured())) {
      return Conflict.INJURED;
    }
    String sa = ea.perpetrator();
    String sb = eb.perpetrator();
    if (sa != null && sb != null && !sa.equals(sb)) {
      return Conflict.ATTRIBUTION;
    }
    return null;
  }

  /** The reason of a contradiction {@link #conflict} found between {@code a} and {@code b}. */
  private static String reason(Conflict conflict, Event event, Item a, Item b) {
    return switch (conflict) {
      case DENIAL -> {
        Item denial = a.report(event.id()).modality() == Modality.DENIED ? a : b;
        Item report = denial == a ? b : a;
        yield "denial: the claim by "
            + speakerName(denial)
            + " denies (or reports a denial of) the "
            + describe(event)
            + " "
            + event.id()
            + " that the claim by "
            + speakerName(report)
            + " reports";
      }
      case KILLED ->
          about("fatalities of ", event)
              + a.report(event.id()).killed().text()
              + " vs "
              + b.report(event.id()).killed().text();
      case INJURED ->
          about("injured in ", event)
              + a.report(event.id()).injured().text()
              + " vs "
              + b.report(event.id()).injured().text();
      case ATTRIBUTION ->
          about("attribution of ", event)
              + nameOf(event, a.report(event.id()).perpetrator())
              + " vs "
              + nameOf(event, b.report(event.id()).perpetrator());
    };
  }

  /**
   * The start of a reason about one attribute of {@code event}: "fatalities of execution v-…: ".
   */
  private static String about(String attribute, Event event) {
    return attribute + describe(event) + " " + event.id() + ": ";
  }

  private static String nameOf(Event event, String entity) {
    for (Participant p : event.actors()) {
      if (entity.equals(p.entity())) {
        return p.name();
      }
    }
    return entity;
  }

  private static boolean overlaps(int lowA, int highA, int lowB, int highB) {
    return lowA <= highB && lowB <= highA;
  }

  /**
   * Whether two figures can both be true: "at least 15" and "more than 60" can, "18" and "20"
   * cannot. An open-ended figure ("at least", "more than") has no upper bound; one capped from
   * above ("up to", "as many as") no lower one.
   */
  static boolean compatible(CasualtyCount a, CasualtyCount b) {
    return overlaps(lowOf(a), highOf(a), lowOf(b), highOf(b));
  }

  private static int lowOf(CasualtyCount c) {
    return c.qualifier().equals("at-most") ? 0 : c.low();
  }

  private static int highOf(CasualtyCount c) {
    return c.qualifier().equals("at-least") || c.qualifier().equals("vague")
        ? Integer.MAX_VALUE
        : c.high();
  }

  private static String describe(Event event) {
    return event.mode() != null ? event.mode() : event.type().name().toLowerCase(Locale.ROOT);
  }

  private static String speakerName(Item item) {
    return item.speakerName == null ? "an unnamed source" : item.speakerName;
  }

  /** The casualty figures of one event mention. */
  /**
   * A claim's report of a merged event: its modality (denied when the claim denies), the casualty
   * figures and the source actor entity (the perpetrator) its mention gives.
   */
  private record Report(
      String event,
      Modality modality,
      @Nullable CasualtyCount killed,
      @Nullable CasualtyCount injured,
      @Nullable String perpetrator) {}

  private static final Report[] NO_REPORTS = new Report[0];

  /** Claims about one event that report the same of it, in order, and one of their reports. */
  private record Group(Report report, int[] members) {}

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** One claim with what linking compares; its mention and text are read again for the output. */
  private static final class Item {
    final String document;
    final int index;

    /** The id's hash (a string per claim is 64 bytes; a large store has millions of claims). */
    final long idBits;

    final @Nullable String speakerName;
    final @Nullable String speakerEntity;
    final @Nullable String onBehalfOfEntity;
    final @Nullable String speakerKey;
    final List<String> about;

    /**
     * Content words, distinct and sorted, each one shared string for all claims (a large store has
     * millions of claims and far fewer distinct words).
     */
    final String[] words;

    final boolean denied;
    final @Nullable LocalDate published;

    /**
     * The merged events reported in the claim's content, in the order of their mentions, each once
     * (an array: most claims report none, a few one or two).
     */
    final Report[] reports;

    Item(
        DocumentFacts document,
        int index,
        ClaimMention mention,
        EventLookup eventOf,
        Map<String, String> dictionary) {
      this.document = document.id();
      this.index = index;
      this.idBits = Ids.hashedBits(document.id() + "#" + index);
      this.published = document.article().published();
      Speaker speaker = mention.speaker();
      this.speakerName =
          speaker == null ? null : dictionary.computeIfAbsent(speaker.name(), k -> k);
      this.speakerEntity =
          speaker == null || speaker.entity() == null
              ? null
              : document.entityWithin(speaker.span());
      this.onBehalfOfEntity =
          speaker == null || speaker.onBehalfOf() == null
              ? null
              : document.entityNamed(speaker.onBehalfOf(), speaker.span());
      this.speakerKey =
          speakerEntity != null
              ? speakerEntity
              : speaker == null
                  ? null
                  : dictionary.computeIfAbsent(
                      "name:" + speaker.name().toLowerCase(Locale.ROOT), k -> k);
      Set<String> aboutEntities = new LinkedHashSet<>();
      for (Span piece : mention.pieces()) {
        aboutEntities.addAll(document.entitiesWithin(piece));
      }
      this.about = List.copyOf(aboutEntities);
      this.words = words(mention, document, dictionary);
      this.denied = mention.modality() == Modality.DENIED;
      List<Report> reports = new ArrayList<>(0);
      Set<String> seen = new HashSet<>();
      List<EventMention> all = document.events();
      for (int i = 0; i < all.size(); i++) {
        EventMention e = all.get(i);
        if (mention.pieces().stream().anyMatch(p -> p.contains(e.span()))) {
          String event = eventOf.eventOf(document.id(), i);
          if (event != null && seen.add(event)) {
            reports.add(
                new Report(
                    event,
                    denied ? Modality.DENIED : e.modality(),
                    e.killed(),
                    e.injured(),
                    e.actors().stream()
                        .filter(a -> a.role() == ActorRole.SOURCE && a.entity() != null)
                        .map(a -> document.entityWithin(a.span()))
                        .filter(x -> x != null)
                        .findFirst()
                        .orElse(null)));
          }
        }
      }
      this.reports = reports.isEmpty() ? NO_REPORTS : reports.toArray(new Report[0]);
    }

    /** Its report of {@code event}, if it reports it. */
    @Nullable Report report(String event) {
      for (Report r : reports) {
        if (r.event().equals(event)) {
          return r;
        }
      }
      return null;
    }

    /** The claim's id, {@code c-} and the hash of its document and position. */
    String id() {
      return Ids.hashed("c", idBits);
    }

    /**
     * The claim's distinct words, lower-cased and sorted, without stop words: the {@linkplain
     * #wordRuns runs of letters and numbers} of its pieces.
     */
    private static String[] words(
        ClaimMention mention, DocumentFacts document, Map<String, String> dictionary) {
      Set<String> words = new java.util.TreeSet<>();
      for (Span piece : mention.pieces()) {
        if (!document.hasText(piece)) {
          continue;
        }
        for (String w : wordRuns(document.text(piece).toLowerCase(Locale.ROOT))) {
          if (!STOP.contains(w)) {
            words.add(dictionary.computeIfAbsent(w, x -> x));
          }
        }
      }
      return words.toArray(new String[0]);
    }
  }
}
