// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.ActorRole;
import io.dossier.model.Casualties;
import io.dossier.model.CasualtyCount;
import io.dossier.model.CasualtyReport;
import io.dossier.model.DatePrecision;
import io.dossier.model.Event;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventLocation;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Evidence;
import io.dossier.model.Geocode;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Participant;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Merges event mentions across articles into events, keeping every source's values.
 *
 * <p>Mentions are taken in ingest order and each joins the oldest compatible event, or starts a new
 * one. A mention is compatible with an event when
 *
 * <ul>
 *   <li>the types are of one family (ASSAULT and FIGHT are one family; every other type is its own)
 *       and the modes do not conflict: two specific modes must be equal, while a generic one
 *       ({@link #GENERIC_MODES}: "killing", "attack") fits any;
 *   <li>the dates are compatible: both known and their windows (a day, an ISO week, a month, a
 *       year) overlap with a day of tolerance; or one is unknown and the undated report was
 *       published within {@value #REPORTING_LAG_DAYS} days after the dated window; or both are
 *       unknown and the reports were published within {@value #UNDATED_DAYS} days of each other;
 *   <li>the places do not conflict (different names, unless the gazetteer puts them within {@value
 *       #SAME_PLACE_KM} km);
 *   <li>and, across documents, they share the place or an actor entity. Within one document, a
 *       compatible repeated mention ("the executions" after "executed") joins without one.
 * </ul>
 *
 * <p>Nothing is averaged: casualty figures are kept per report with the range and the lowest figure
 * as the conservative one (ACLED's practice); independent sources count outlets, with syndicated
 * copies counted as their original.
 */
public final class EventMerger {

  /** Days after an event's date window within which an undated report may still concern it. */
  public static final int REPORTING_LAG_DAYS = 30;

  /** Days between the publication of two undated reports that may concern one event. */
  public static final int UNDATED_DAYS = 7;

  /** Distance under which two differently named places count as one. */
  public static final int SAME_PLACE_KM = 25;

  /** The position of one event mention: its document and index in that document's list. */
  public record MentionRef(String document, int index) {}

  /**
   * The merged events and which event each mention went into.
   *
   * @param events events in order of their oldest mention
   * @param eventOf the event id of every mention
   */
  public record Result(List<Event> events, Map<MentionRef, String> eventOf) {
    public Result {
      events = List.copyOf(events);
      eventOf = eventOf instanceof MentionIndex ? eventOf : Map.copyOf(eventOf);
    }
  }

  /**
   * Which event each mention went into, held per document as an array by mention index: a large
   * rebuild has millions of mentions, and a map entry per mention costs five times as much. It
   * cannot be modified.
   */
  private static final class MentionIndex extends AbstractMap<MentionRef, String> {
    private final Map<String, String[]> byDocument = new HashMap<>();
    private int size;

    void put(String document, String[] events) {
      String[] before = byDocument.put(document, events);
      size += events.length - (before == null ? 0 : before.length);
    }

    @Nullable String get(String document, int index) {
      String[] events = byDocument.get(document);
      return events == null || index < 0 || index >= events.length ? null : events[index];
    }

    @Override
    public @Nullable String get(Object key) {
      return key instanceof MentionRef ref ? get(ref.document(), ref.index()) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Entry<MentionRef, String>> entrySet() {
      Set<Entry<MentionRef, String>> entries = new LinkedHashSet<>();
      byDocument.forEach(
          (document, events) -> {
            for (int i = 0; i < events.length; i++) {
              entries.add(Map.entry(new MentionRef(document, i), events[i]));
            }
          });
      return java.util.Collections.unmodifiableSet(entries);
    }
  }

  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Listings> byKey = new HashMap<>();
  private final MentionIndex eventOf = new MentionIndex();
  private final Sources sources = new Sources();

  /** One shared string per distinct rule name, mode or place key: a large rebuild has millions. */
  private final Map<String, String> dictionary = new HashMap<>();

  /**
   * What each event touched by the document being added already reports of it (an evidence passage,
   * a casualty figure): a document reports each once. Cleared for every document.
   */
  private final Map<Cluster, Set<Object>> reportedOfDocument = new HashMap<>();

  private boolean finished;

  /**
   * Whether evidence passages carry their text (else empty, filled by {@link #withEvidenceText}).
   */
  private final boolean evidenceText;

  /** A merger whose events carry their evidence passages with their text. */
  public EventMerger() {
    this(true);
  }

  private EventMerger(boolean evidenceText) {
    this.evidenceText = evidenceText;
  }

  /**
   * A merger whose events carry their evidence passages with an empty text, for a rebuild that
   * streams the store: the passages are a large share of what the events being assembled hold, and
   * {@link #withEvidenceText} gives each event its texts from the documents when it is written.
   */
  public static EventMerger withoutEvidenceText() {
    return new EventMerger(false);
  }

  /**
   * The event with the text of each evidence passage that has none, read from its document.
   *
   * @param documentText the text of a document, by id
   */
  public static Event withEvidenceText(Event event, Function<String, String> documentText) {
    if (event.evidence().stream().noneMatch(ev -> ev.text().isEmpty())) {
      return event;
    }
    List<Evidence> filled = new ArrayList<>(event.evidence().size());
    for (Evidence ev : event.evidence()) {
      filled.add(
          ev.text().isEmpty()
              ? new Evidence(
                  ev.document(),
                  ev.span(),
                  ev.span().of(documentText.apply(ev.document())),
                  ev.trigger(),
                  ev.modality(),
                  ev.rule())
              : ev);
    }
    return new Event(
        event.id(),
        event.type(),
        event.mode(),
        event.date(),
        event.location(),
        event.actors(),
        event.fatalities(),
        event.injured(),
        event.modality(),
        filled,
        event.sources(),
        event.independentSources(),
        event.respondsTo(),
        event.documents());
  }

  /**
   * Merges the event mentions of {@code documents}, given in ingest order, leaving this merger as
   * it was.
   *
   * @param entityName the canonical name of a resolved entity id
   */
  public Result merge(List<DocumentFacts> documents, Function<String, String> entityName) {
    EventMerger merger = new EventMerger();
    documents.forEach(merger::add);
    return merger.finish(entityName);
  }

  /**
   * Merges the event mentions of the next document in ingest order into the events so far. Nothing
   * of the document is kept but what the events report of it (their evidence passages), so a large
   * store's documents can stream past one at a time.
   */
  public void add(DocumentFacts document) {
    if (finished) {
      throw new IllegalStateException("add after finish");
    }
    sources.add(document.article());
    Origin origin = new Origin(document.article());
    Map<Integer, Cluster> ofDocument = new LinkedHashMap<>();
    reportedOfDocument.clear();
    String[] eventsOfDocument = new String[document.events().size()];
    eventOf.put(origin.id, eventsOfDocument);
    for (int i = 0; i < document.events().size(); i++) {
      Member member = new Member(document, origin, i, dictionary, evidenceText);
      Cluster home = null;
      for (Cluster candidate : candidates(member, byKey, ofDocument.values())) {
        if (candidate.accepts(member)) {
          home = candidate;
          break;
        }
      }
      if (home == null) {
        home = new Cluster(clusters.size(), member);
        clusters.add(home);
      }
      home.add(member, reportedOfDocument.computeIfAbsent(home, c -> new java.util.HashSet<>()));
      ofDocument.put(home.number, home);
      home.register(member.keys, byKey);
      eventsOfDocument[i] = home.id;
    }
  }

  /** The event a mention of a document already {@linkplain #add added} went into, if any. */
  public @Nullable String eventOf(String document, int index) {
    return eventOf.get(document, index);
  }

  /**
   * The merged events of every document added, in order of their oldest mention. Call once.
   *
   * @param entityName the canonical name of a resolved entity id
   */
  public Result finish(Function<String, String> entityName) {
    if (finished) {
      throw new IllegalStateException("finish called twice");
    }
    finished = true;
    byKey.clear();
    reportedOfDocument.clear();
    List<Event> events = new ArrayList<>(clusters.size());
    for (int i = 0; i < clusters.size(); i++) {
      events.add(clusters.get(i).toEvent(sources, entityName, eventOf));
      clusters.set(i, null); // an event assembled, what assembled it can go
    }
    clusters.clear();
    return new Result(events, eventOf);
  }

  /**
   * The clusters that may accept a member: those of its own document, and those that share a place
   * or actor key with it within a time bucket its dates could fit (see {@link Cluster#datesFit}):
   * clusters are listed under each key per day or month their date window covers ({@link
   * Listings#dated}) or, while undated, the day of their first report ({@link Listings#undated});
   * the member looks in the days and months its own window or publication date allows. Oldest
   * cluster first.
   */
  private static List<Cluster> candidates(
      Member member, Map<String, Listings> byKey, Iterable<Cluster> sameDocument) {
    Set<Cluster> found = new TreeSet<>(Comparator.comparingInt(c -> c.number));
    sameDocument.forEach(found::add);
    LocalDate datedFrom;
    LocalDate datedTo;
    LocalDate undatedFrom;
    LocalDate undatedTo;
    if (member.window != null) {
      datedFrom = member.window[0].minusDays(1);
      datedTo = member.window[1].plusDays(1);
      undatedFrom = member.window[0];
      undatedTo = member.window[1].plusDays(REPORTING_LAG_DAYS);
    } else if (member.published() != null) {
      LocalDate p = member.published();
      datedFrom = p.minusDays(REPORTING_LAG_DAYS);
      datedTo = p;
      undatedFrom = p.minusDays(UNDATED_DAYS);
      undatedTo = p.plusDays(UNDATED_DAYS);
    } else {
      return List.copyOf(found);
    }
    for (String key : member.keys) {
      Listings listings = byKey.get(key);
      if (listings != null) {
        listings.find(datedFrom, datedTo, undatedFrom, undatedTo, found);
      }
    }
    return List.copyOf(found);
  }

  /** A date window of at most this many days is listed by day, a longer one by month. */
  static final int DAY_BUCKETS_UP_TO = 14;

  /**
   * The clusters listed under one place or actor key, by time bucket: dated clusters by day (epoch
   * day) when their window is short, else by month (months since year 0); undated clusters by the
   * day of their first report. A lookup reads the buckets of a range of days and months, as sorted
   * maps, without naming each day.
   */
  static final class Listings {
    private final NavigableMap<Integer, List<Cluster>> datedDays = new TreeMap<>();
    private final NavigableMap<Integer, List<Cluster>> datedMonths = new TreeMap<>();
    private final NavigableMap<Integer, List<Cluster>> undatedDays = new TreeMap<>();

    /** The buckets of a dated window: its days when short, else its months. */
    void dated(LocalDate first, LocalDate last, Consumer<List<Cluster>> bucket) {
      if (ChronoUnit.DAYS.between(first, last) < DAY_BUCKETS_UP_TO) {
        for (long d = first.toEpochDay(); d <= last.toEpochDay(); d++) {
          bucket.accept(datedDays.computeIfAbsent((int) d, x -> new ArrayList<>(2)));
        }
      } else {
        for (int m = month(first); m <= month(last); m++) {
          bucket.accept(datedMonths.computeIfAbsent(m, x -> new ArrayList<>(2)));
        }
      }
    }

    /** The bucket of an undated cluster first reported on {@code day}. */
    List<Cluster> undated(LocalDate day) {
      return undatedDays.computeIfAbsent((int) day.toEpochDay(), x -> new ArrayList<>(2));
    }

    /**
     * Adds the clusters of every dated bucket (day or month) within {@code datedFrom..datedTo} and
     * every undated bucket within {@code undatedFrom..undatedTo}.
     */
    void find(
        LocalDate datedFrom,
        LocalDate datedTo,
        LocalDate undatedFrom,
        LocalDate undatedTo,
        Set<Cluster> into) {
      addAll(datedDays, (int) datedFrom.toEpochDay(), (int) datedTo.toEpochDay(), into);
      addAll(datedMonths, month(datedFrom), month(datedTo), into);
      addAll(undatedDays, (int) undatedFrom.toEpochDay(), (int) undatedTo.toEpochDay(), into);
    }

    private static void addAll(
        NavigableMap<Integer, List<Cluster>> buckets, int from, int to, Set<Cluster> into) {
      if (buckets.isEmpty() || from > to) {
        return; // an empty range, as a loop from a later day to an earlier one would read
      }
      for (List<Cluster> listed : buckets.subMap(from, true, to, true).values()) {
        into.addAll(listed);
      }
    }

    private static int month(LocalDate day) {
      return day.getYear() * 12 + day.getMonthValue() - 1;
    }
  }

  /**
   * Modes that say only that people died or were attacked ("killed", "attack"): compatible with any
   * specific mode of the same family, since one outlet's "killing" is another's "execution".
   */
  static final Set<String> GENERIC_MODES = Set.of("killing", "attack", "violence");

  static boolean isGeneric(@Nullable String mode) {
    return mode == null || GENERIC_MODES.contains(mode);
  }

  /** Whether two modes name different kinds of event (two specific modes that differ). */
  static boolean conflicting(@Nullable String mode, @Nullable String specific) {
    return !isGeneric(mode) && specific != null && !mode.equals(specific);
  }

  /** Types that may describe one real event. */
  static String family(EventType type) {
    return type == EventType.FIGHT ? EventType.ASSAULT.name() : type.name();
  }

  /** What merging and the merged events read of a document besides its mentions. */
  private static final class Origin {
    final String id;
    final @Nullable LocalDate published;
    final @Nullable String outlet;
    final @Nullable String duplicateOf;

    Origin(io.dossier.model.Article article) {
      this.id = article.id();
      this.published = article.published();
      this.outlet = article.outlet();
      this.duplicateOf = article.duplicateOf();
    }
  }

  /**
   * One event mention with what merging compares and what its event reports of it; it is folded
   * into its event and then dropped.
   */
  private static final class Member {
    final Origin document;
    final int index;
    final EventMention mention;
    final String family;
    final LocalDate @Nullable [] window;
    final @Nullable String placeKey;
    final @Nullable String placeEntity;
    final @Nullable Geocode geocode;
    final Set<String> actorEntities = new LinkedHashSet<>();

    /** The resolved entity of each actor, by the actor's index, null when none. */
    final @Nullable String[] actorEntityOf;

    /** The passage of the mention's sentence, null when the document cannot give it. */
    final @Nullable String sentence;

    /** The rule that found the mention, with its version. */
    final String rule;

    /** The trigger as written, one string for all its mentions. */
    final String trigger;

    /** The place and actor keys under which its event is looked up. */
    final List<String> keys;

    Member(
        DocumentFacts facts,
        Origin document,
        int index,
        Map<String, String> dictionary,
        boolean evidenceText) {
      this.document = document;
      this.index = index;
      this.mention = facts.events().get(index);
      this.family = family(mention.type());
      this.window = window(mention.date());
      EventPlace place = mention.place();
      this.placeEntity =
          place == null || place.entity() == null ? null : facts.entityWithin(place.span());
      this.placeKey =
          place == null ? null : dictionary.computeIfAbsent(placeKey(place.name()), k -> k);
      this.geocode = facts.geocodes().get(index);
      List<EventActor> actors = mention.actors();
      this.actorEntityOf = new String[actors.size()];
      for (int a = 0; a < actors.size(); a++) {
        EventActor actor = actors.get(a);
        String entity = actor.entity() == null ? null : facts.entityWithin(actor.span());
        actorEntityOf[a] = entity;
        if (entity != null && actor.role() != ActorRole.OTHER) {
          actorEntities.add(entity);
        }
      }
      this.sentence =
          !facts.hasText(mention.sentence())
              ? null
              : evidenceText ? facts.text(mention.sentence()) : "";
      this.rule =
          dictionary.computeIfAbsent(
              mention.provenance().rule() + "/" + mention.provenance().version(), k -> k);
      this.trigger = dictionary.computeIfAbsent(mention.trigger(), k -> k);
      List<String> keys = new ArrayList<>();
      if (placeKey != null) {
        keys.add(dictionary.computeIfAbsent(family + "|place|" + placeKey, k -> k));
      }
      for (String actor : actorEntities) {
        keys.add(dictionary.computeIfAbsent(family + "|actor|" + actor, k -> k));
      }
      this.keys = keys;
    }

    @Nullable LocalDate published() {
      return document.published;
    }
  }

  /**
   * An event being assembled: what merging compares new mentions with, and what the event reports
   * of its mentions so far, folded in as they join (in ingest order), so no mention is kept whole.
   */
  private static final class Cluster {
    final int number;
    final String id;
    // most events have one or two reports: collections start small
    // most events have one or two reports, many no place, mode, date or figure: collections
    // start small or absent (a large rebuild holds hundreds of thousands of events)
    @Nullable List<Geocode> geocodes;

    /** Actor entities, distinct (a few per event: a list is smaller than a set). */
    final List<String> actors = new ArrayList<>(2);

    /**
     * Documents, distinct, in ingest order. Documents arrive one after another, so a document is
     * already here only as the last one.
     */
    final List<String> documents = new ArrayList<>(2);

    @Nullable String family;
    @Nullable String specificMode;
    LocalDate @Nullable [] window;
    @Nullable LocalDate firstPublished;
    @Nullable LocalDate lastPublished;

    // what the event reports, folded member by member
    private final Votes<EventType> typeVotes = new Votes<>();
    private @Nullable Votes<String> modeVotes;
    private @Nullable EventDate bestDate;
    private @Nullable String bestDateDocument;

    /** Per date value, the documents giving it (their mentions arrive document by document). */
    private @Nullable Map<String, Reports> dateReports;

    /** Votes per place key, in the order the keys came: also the event's place keys. */
    private @Nullable Map<String, PlaceVotes> places;

    /** Participants, distinct by key, in the order they came (a few: a list, not a map). */
    private final List<Actor> participants = new ArrayList<>(2);

    private @Nullable List<CasualtyReport> killed;
    private @Nullable List<CasualtyReport> injured;
    private @Nullable Modality modality;
    private final List<Evidence> evidence = new ArrayList<>(2);
    private @Nullable List<MentionRef> respondsTo;

    Cluster(int number, Member first) {
      this.number = number;
      this.id = Ids.hashed("v", first.document.id + "#" + first.index);
    }

    String id() {
      return id;
    }

    boolean accepts(Member m) {
      if (!m.family.equals(family)) {
        return false;
      }
      if (conflicting(m.mention.mode(), specificMode)) {
        return false;
      }
      if (m.placeKey != null && places != null && !places.containsKey(m.placeKey)) {
        if (!near(m.geocode)) {
          return false;
        }
      }
      boolean sameDocument = hasLastDocument(m.document.id);
      if (!datesFit(m, sameDocument)) {
        return false;
      }
      if (sameDocument) {
        return true;
      }
      boolean samePlace = m.placeKey != null && places != null && places.containsKey(m.placeKey);
      boolean sharedActor = m.actorEntities.stream().anyMatch(actors::contains);
      return samePlace || sharedActor;
    }

    private boolean near(@Nullable Geocode g) {
      if (g == null || geocodes == null) {
        return false;
      }
      return geocodes.stream().anyMatch(other -> kilometres(g, other) <= SAME_PLACE_KM);
    }

    private boolean datesFit(Member m, boolean sameDocument) {
      if (m.window != null && window != null) {
        return !m.window[0].isAfter(window[1].plusDays(1))
            && !window[0].isAfter(m.window[1].plusDays(1));
      }
      if (sameDocument) {
        return true;
      }
      if (m.window != null) {
        // this event is undated so far: its reports must come after the mention's date
        return firstPublished != null
            && !firstPublished.isBefore(m.window[0])
            && !firstPublished.isAfter(m.window[1].plusDays(REPORTING_LAG_DAYS));
      }
      LocalDate published = m.published();
      if (published == null) {
        return false;
      }
      if (window != null) {
        return !published.isBefore(window[0])
            && !published.isAfter(window[1].plusDays(REPORTING_LAG_DAYS));
      }
      return firstPublished != null
          && lastPublished != null
          && Math.abs(ChronoUnit.DAYS.between(firstPublished, published)) <= UNDATED_DAYS
          && Math.abs(ChronoUnit.DAYS.between(lastPublished, published)) <= UNDATED_DAYS;
    }

    /** Keys this cluster is listed under, distinct, in the order they came. */
    private final List<String> keys = new ArrayList<>(2);

    /**
     * The lists of {@code byKey} (one per key and time bucket) this cluster is in, by identity: the
     * same as the key-and-bucket strings, without a copy of each per event.
     */
    private final Set<List<Cluster>> registered =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(4));

    /**
     * Lists this cluster under its keys (with {@code memberKeys} added) in every time bucket its
     * current dates fall in. Entries from earlier dates stay: a candidate too many is checked and
     * refused, a candidate missing would be a wrong split.
     */
    void register(List<String> memberKeys, Map<String, Listings> byKey) {
      for (String key : memberKeys) {
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
      if (window == null && firstPublished == null) {
        return;
      }
      for (String key : keys) {
        Listings listings = byKey.computeIfAbsent(key, k -> new Listings());
        if (window != null) {
          listings.dated(window[0], window[1], this::listIn);
        } else {
          listIn(listings.undated(firstPublished));
        }
      }
    }

    private void listIn(List<Cluster> listed) {
      if (registered.add(listed)) {
        listed.add(this);
      }
    }

    private boolean hasLastDocument(String document) {
      return !documents.isEmpty() && documents.get(documents.size() - 1).equals(document);
    }

    void add(Member m, Set<Object> reportedOfDocument) {
      if (!hasLastDocument(m.document.id)) {
        documents.add(m.document.id);
      }
      if (family == null) {
        family = m.family;
      }
      if (specificMode == null && !isGeneric(m.mention.mode())) {
        specificMode = m.mention.mode();
      }
      if (m.geocode != null) {
        if (geocodes == null) {
          geocodes = new ArrayList<>(1);
        }
        geocodes.add(m.geocode);
      }
      for (String actor : m.actorEntities) {
        if (!actors.contains(actor)) {
          actors.add(actor);
        }
      }
      if (m.window != null) {
        if (window == null) {
          window = m.window.clone();
        } else {
          LocalDate first = m.window[0].isAfter(window[0]) ? m.window[0] : window[0];
          LocalDate last = m.window[1].isBefore(window[1]) ? m.window[1] : window[1];
          if (!first.isAfter(last)) {
            window = new LocalDate[] {first, last};
          }
        }
      }
      LocalDate published = m.published();
      if (published != null) {
        if (firstPublished == null || published.isBefore(firstPublished)) {
          firstPublished = published;
        }
        if (lastPublished == null || published.isAfter(lastPublished)) {
          lastPublished = published;
        }
      }
      fold(m, reportedOfDocument);
    }

    /**
     * Adds what the event reports of one more mention (mentions join in ingest order).
     *
     * @param reportedOfDocument what this event already reports of the mention's document
     */
    private void fold(Member m, Set<Object> reportedOfDocument) {
      EventMention mention = m.mention;
      typeVotes.add(mention.type());
      if (mention.mode() != null) {
        if (modeVotes == null) {
          modeVotes = new Votes<>();
        }
        modeVotes.add(mention.mode());
      }
      EventDate date = mention.date();
      if (date.value() != null) {
        if (bestDate == null || rank(date.precision()) > rank(bestDate.precision())) {
          bestDate = date;
          bestDateDocument = m.document.id;
        }
        if (dateReports == null) {
          dateReports = new HashMap<>(2);
        }
        dateReports.computeIfAbsent(date.value(), v -> new Reports()).add(m.document.id);
      }
      if (m.placeKey != null) {
        if (places == null) {
          places = new LinkedHashMap<>(2);
        }
        PlaceVotes votes = places.computeIfAbsent(m.placeKey, k -> new PlaceVotes(mention.place()));
        votes.count++;
        if (votes.geocode == null) {
          votes.geocode = m.geocode;
        }
        if (votes.entity == null) {
          votes.entity = m.placeEntity;
        }
      }
      List<EventActor> actorsOf = mention.actors();
      for (int a = 0; a < actorsOf.size(); a++) {
        EventActor actor = actorsOf.get(a);
        String entity = m.actorEntityOf[a];
        String key = entity != null ? entity : "phrase:" + actor.name().toLowerCase(Locale.ROOT);
        participant(key, entity, actor.name()).roles[actor.role().ordinal()]++;
      }
      killed = report(m, mention.killed(), killed, "killed", reportedOfDocument);
      injured = report(m, mention.injured(), injured, "injured", reportedOfDocument);
      if (modality == null || strength(mention.modality()) > strength(modality)) {
        modality = mention.modality();
      }
      if (m.sentence != null && reportedOfDocument.add(mention.sentence())) {
        evidence.add(
            new Evidence(
                m.document.id,
                mention.sentence(),
                m.sentence,
                m.trigger,
                mention.modality(),
                m.rule));
      }
      if (mention.respondsTo() != null) {
        if (respondsTo == null) {
          respondsTo = new ArrayList<>(1);
        }
        respondsTo.add(new MentionRef(m.document.id, mention.respondsTo()));
      }
    }

    /** A casualty figure of a mention, once per document and figure. */
    /** Adds a casualty figure of a mention, once per document and figure; the list it is in. */
    private static @Nullable List<CasualtyReport> report(
        Member m,
        @Nullable CasualtyCount count,
        @Nullable List<CasualtyReport> into,
        String what,
        Set<Object> reportedOfDocument) {
      if (count == null || !reportedOfDocument.add(what + "|" + count.low() + "|" + count.high())) {
        return into;
      }
      List<CasualtyReport> reports = into != null ? into : new ArrayList<>(1);
      reports.add(
          new CasualtyReport(m.document.id, m.document.outlet, count, m.document.duplicateOf));
      return reports;
    }

    Event toEvent(
        Sources sources, Function<String, String> entityName, Map<MentionRef, String> eventOf) {
      EventType type = typeVotes.mostVoted();
      String chosenMode =
          specificMode != null ? specificMode : modeVotes == null ? null : modeVotes.mostVoted();
      List<String> docs = List.copyOf(documents);
      Set<String> responds = new LinkedHashSet<>();
      for (MentionRef target : respondsTo == null ? List.<MentionRef>of() : respondsTo) {
        String incident = eventOf.get(target);
        if (incident != null && !incident.equals(id())) {
          responds.add(incident);
        }
      }
      return new Event(
          id(),
          Objects.requireNonNull(type),
          chosenMode,
          date(),
          location(),
          participants(entityName),
          casualties(killed, sources),
          casualties(injured, sources),
          Objects.requireNonNull(modality),
          List.copyOf(evidence),
          sources.names(docs),
          sources.independent(docs),
          List.copyOf(responds),
          docs);
    }

    private EventDate date() {
      if (bestDate != null) {
        EventDate d = bestDate;
        // reports are documents: a date repeated within one article is one report of it
        int agreeing = Objects.requireNonNull(dateReports).get(d.value()).documents;
        String basis =
            d.basis()
                + " (in "
                + bestDateDocument
                + (agreeing > 1 ? "; " + agreeing + " reports give this date" : "")
                + ")";
        return new EventDate(d.value(), d.precision(), basis, d.span());
      }
      if (firstPublished != null) {
        return EventDate.unknown(
            "no report dates the event; first reported in an article published "
                + firstPublished
                + " (an upper bound, not the event date)");
      }
      return EventDate.unknown("no report dates the event and the reporting articles are undated");
    }

    private static int rank(DatePrecision p) {
      return switch (p) {
        case DAY -> 4;
        case WEEK -> 3;
        case MONTH -> 2;
        case YEAR -> 1;
        case UNKNOWN -> 0;
      };
    }

    private @Nullable EventLocation location() {
      if (places == null) {
        return null;
      }
      PlaceVotes best = null;
      for (PlaceVotes v : places.values()) {
        // the first of the most voted, as a stream's max over the votes in order gives
        if (best == null || v.count > best.count) {
          best = v;
        }
      }
      EventPlace place = Objects.requireNonNull(best).first;
      return new EventLocation(
          Objects.requireNonNull(place).name(), best.entity, place.relation(), best.geocode);
    }

    /** The participant under {@code key}, added when new. */
    private Actor participant(String key, @Nullable String entity, String name) {
      for (Actor actor : participants) {
        if (actor.key.equals(key)) {
          return actor;
        }
      }
      Actor actor = new Actor(key, entity, name);
      participants.add(actor);
      return actor;
    }

    private List<Participant> participants(Function<String, String> entityName) {
      List<Participant> out = new ArrayList<>();
      for (Actor actor : participants) {
        ActorRole role = actor.role();
        out.add(
            new Participant(
                actor.entity,
                actor.entity != null ? entityName.apply(actor.entity) : actor.name,
                role));
      }
      return out;
    }

    private static @Nullable Casualties casualties(
        @Nullable List<CasualtyReport> reports, Sources sources) {
      if (reports == null) {
        return null;
      }
      int min = reports.stream().mapToInt(r -> r.count().low()).min().orElseThrow();
      int max = reports.stream().mapToInt(r -> r.count().high()).max().orElseThrow();
      Set<String> outlets = new LinkedHashSet<>();
      reports.forEach(r -> outlets.add(sources.independentKey(r.document())));
      String rule =
          min == max
              ? "all "
                  + reports.size()
                  + " report(s) from "
                  + outlets.size()
                  + " independent source(s) give "
                  + min
              : "lowest of "
                  + reports.size()
                  + " reports from "
                  + outlets.size()
                  + " independent sources ("
                  + min
                  + " to "
                  + max
                  + "), as ACLED codes disputed figures";
      return new Casualties(min, max, min, rule, List.copyOf(reports));
    }

    private static int strength(Modality m) {
      return switch (m) {
        case ASSERTED -> 5;
        case REPORTED -> 4;
        case ALLEGED -> 3;
        case PLANNED -> 2;
        case HYPOTHETICAL -> 1;
        case DENIED -> 0;
      };
    }
  }

  /** The documents giving one date value, counted once each. */
  private static final class Reports {
    int documents;
    @Nullable String last;

    void add(String document) {
      if (!document.equals(last)) {
        documents++;
        last = document;
      }
    }
  }

  /** Votes for one place of an event, with the first report's place and what the reports add. */
  private static final class PlaceVotes {
    final @Nullable EventPlace first;
    int count;
    @Nullable Geocode geocode;
    @Nullable String entity;

    PlaceVotes(@Nullable EventPlace first) {
      this.first = first;
    }
  }

  /** One participant of an event: its entity or phrase, first name, and roles counted. */
  private static final class Actor {
    /** The entity, else {@code phrase:} and the name in lower case. */
    final String key;

    final @Nullable String entity;
    final String name;

    /** How often the reports give each role, by the role's ordinal. */
    final int[] roles = new int[ROLES.length];

    Actor(String key, @Nullable String entity, String name) {
      this.key = key;
      this.entity = entity;
      this.name = name;
    }

    /** The role given most often; of equals, the first in the enum's order. */
    ActorRole role() {
      int best = -1;
      for (int r = 0; r < roles.length; r++) {
        if (roles[r] > 0 && (best < 0 || roles[r] > roles[best])) {
          best = r;
        }
      }
      return ROLES[best];
    }
  }

  private static final ActorRole[] ROLES = ActorRole.values();

  /** The most voted value; the first of equals, in voting order. */
  /** Votes for a handful of values, in the order the values came (smaller than a map). */
  private static final class Votes<T> {
    private Object[] values = new Object[1];
    private int[] counts = new int[1];
    private int size;

    void add(T value) {
      for (int i = 0; i < size; i++) {
        if (values[i].equals(value)) {
          counts[i]++;
          return;
        }
      }
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
        counts = java.util.Arrays.copyOf(counts, size * 2);
      }
      values[size] = value;
      counts[size++] = 1;
    }

    /** The value with the most votes; of equals, the first that came. */
    @SuppressWarnings("unchecked")
    T mostVoted() {
      if (size == 0) {
        throw new java.util.NoSuchElementException("no votes");
      }
      int best = 0;
      for (int i = 1; i < size; i++) {
        if (counts[i] > counts[best]) {
          best = i;
        }
      }
      return (T) values[best];
    }
  }

  private static LocalDate @Nullable [] window(EventDate date) {
    LocalDate first = date.firstDay();
    LocalDate last = date.lastDay();
    return first == null || last == null ? null : new LocalDate[] {first, last};
  }

  /** A place name folded for comparison: case, accents, a leading "the". */
  static String placeKey(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .trim();
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  /** Great-circle distance in km. */
  static double kilometres(Geocode a, Geocode b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
