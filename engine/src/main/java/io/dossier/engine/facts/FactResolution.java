// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Entity;
import io.dossier.model.EntityType;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedMention;
import io.dossier.resolve.facts.ClaimLinker;
import io.dossier.resolve.facts.DocumentFacts;
import io.dossier.resolve.facts.EventMerger;
import io.dossier.resolve.facts.RelationFinder;
import io.dossier.store.DerivedState;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a store's merged events, linked claims and relations from the event and claim mentions
 * of its documents and the current (curated) entities. It runs after every ingest and curation, and
 * whenever the store says the derived tables lag (a run killed before the rebuild), so the result
 * never depends on the order in which runs happened to finish.
 *
 * <p>It uses two threads: while the calling thread merges, links and writes, a second one reads the
 * documents ahead and assembles what is written ({@link Prefetch}), always in document order, so
 * the tables are the same as from one thread. What the two share is handed over through the
 * prefetch's queue, and each phase's mutable state is touched by one thread at a time.
 */
public final class FactResolution {
  private static final Logger LOG = LoggerFactory.getLogger(FactResolution.class);

  /** Documents read from the store at a time. */
  static final int PAGE = 500;

  private final KnowledgeBase kb;

  /**
   * One string per entity id for the rebuild: every document read from the store brings its own
   * copies, and what merging and linking keep (speakers, actors, entities a claim is about) would
   * otherwise hold one copy per document.
   */
  private final Map<String, String> entityIds = new HashMap<>();

  public FactResolution(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** What a rebuild produced. */
  public record Rebuilt(int events, int claims, int relations, boolean skipped) {}

  /** Rebuilds unless the derived tables already reflect every document and curation decision. */
  public Rebuilt refresh() {
    DerivedState state = kb.derivedState();
    if (state.current()) {
      return new Rebuilt(
          (int) kb.eventCount(), (int) kb.claimCount(), (int) kb.relationCount(), true);
    }
    return rebuild(state);
  }

  /** Rebuilds from scratch. */
  public Rebuilt rebuild() {
    return rebuild(kb.derivedState());
  }

  private Rebuilt rebuild(DerivedState state) {
    long started = System.nanoTime();
    Map<String, Optional<EntityType>> types = new HashMap<>();
    RelationFinder relationFinder =
        new RelationFinder(
            id -> types.computeIfAbsent(id, key -> kb.entity(key).map(Entity::type)).orElse(null));
    // evidence passages get their text when their event is written, not held for every event
    EventMerger merger = EventMerger.withoutEvidenceText();
    ClaimLinker linker = new ClaimLinker();
    // Pass 1: every document streams past once, a page at a time, read (and its facts assembled) on
    // a thread of its own while this one merges. Merging keeps its events, linking what it compares
    // of each claim, relations what the text states; no document is kept.
    int documents = 0;
    try (Prefetch<DocumentFacts> pass1 =
        new Prefetch<>("dossier-facts-reader", everyDocument(), DOCUMENTS_AHEAD)) {
      while (pass1.hasNext()) {
        DocumentFacts facts = pass1.next();
        relationFinder.readText(facts);
        merger.add(facts);
        linker.add(facts, merger::eventOf);
        documents++;
      }
    }
    Map<String, String> names = new HashMap<>();
    EventMerger.Result merged =
        merger.finish(
            id -> names.computeIfAbsent(id, key -> kb.entity(key).map(Entity::name).orElse(key)));
    ClaimLinker.Linked linked = linker.finish(merged.events());
    // Pass 2, while the store writes: the same documents again, in the same order, give out their
    // linked claims (with their text) to be written as they come, and their event mentions to the
    // relations; then the relations the claims state.
    int[] claims = {0};
    int[] relations = {0};
    int read = documents;
    List<Claim> onBehalf = new ArrayList<>();
    boolean[] written = {false};
    // the claims and the events are computed on a thread of their own while this one writes
    List<Prefetch<?>> prefetching = new ArrayList<>();
    Iterable<Claim> claimStream =
        () ->
            prefetch(
                "dossier-claims",
                new Pages(kb, read)
                    .flatMap(
                        facts -> {
                          relationFinder.readEvents(facts, merger::eventOf);
                          List<Claim> out = linked.claimsOf(facts);
                          claims[0] += out.size();
                          // relations read these claims after every document's events
                          for (Claim c : out) {
                            if (c.onBehalfOfEntity() != null) {
                              onBehalf.add(c);
                            }
                          }
                          return out;
                        }),
                CLAIMS_AHEAD,
                prefetching);
    Iterable<Relation> relationStream =
        () -> {
          written[0] = true;
          onBehalf.forEach(relationFinder::readClaim);
          List<Relation> found = relationFinder.relations();
          relations[0] = found.size();
          return found.iterator();
        };
    DocumentTexts texts = new DocumentTexts(kb);
    Iterable<Event> eventStream =
        () ->
            prefetch(
                "dossier-events",
                merged.events().stream()
                    .map(e -> EventMerger.withEvidenceText(e, texts::of))
                    .iterator(),
                EVENTS_AHEAD,
                prefetching);
    try {
      kb.replaceDerived(
          eventStream, claimStream, relationStream, state.documents(), state.curations());
    } finally {
      prefetching.forEach(Prefetch::close);
    }
    LOG.debug(
        "Merged events, claims and relations of {} documents in {} ms: {} events, {} claims,"
            + " {} relations",
        documents,
        (System.nanoTime() - started) / 1_000_000,
        merged.events().size(),
        claims[0],
        relations[0]);
    if (!written[0]) {
      // another process stored tables built from a later state: those stay
      return new Rebuilt(
          (int) kb.eventCount(), (int) kb.claimCount(), (int) kb.relationCount(), false);
    }
    return new Rebuilt(merged.events().size(), claims[0], relations[0], false);
  }

  /**
   * Documents read ahead of merging: enough to keep the reader busy while a burst of large
   * documents is merged, few enough to hold little (a document with its facts is tens of KB).
   */
  static final int DOCUMENTS_AHEAD = 64;

  /** Claims computed ahead of writing (a claim is small). */
  static final int CLAIMS_AHEAD = 1024;

  /** Events assembled ahead of writing: few, as a widely reported one holds megabytes of text. */
  static final int EVENTS_AHEAD = 16;

  private static <T> Prefetch<T> prefetch(
      String name, java.util.Iterator<T> source, int ahead, List<Prefetch<?>> started) {
    Prefetch<T> prefetch = new Prefetch<>(name, source, ahead);
    started.add(prefetch);
    return prefetch;
  }

  /** Every document's facts, in store order, a page of documents read at a time. */
  private java.util.Iterator<DocumentFacts> everyDocument() {
    return new java.util.Iterator<>() {
      int offset;
      boolean last;
      java.util.Iterator<Article> page = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !last) {
          List<Article> next = kb.documents(offset, PAGE);
          offset += next.size();
          last = next.size() < PAGE;
          page = next.iterator();
        }
        return page.hasNext();
      }

      @Override
      public DocumentFacts next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return facts(page.next());
      }
    };
  }

  /** Document texts by id, the most recently read few kept (an event's reports are often near). */
  private static final class DocumentTexts {
    private static final int KEPT = 256;
    private final KnowledgeBase store;
    private final Map<String, String> recent =
        new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
          }
        };

    DocumentTexts(KnowledgeBase store) {
      this.store = store;
    }

    String of(String document) {
      String text = recent.get(document);
      if (text == null) {
        text =
            store
                .document(document)
                .map(Article::text)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the store lost document "
                                + document
                                + " while its events and claims were rebuilt"));
        recent.put(document, text);
      }
      return text;
    }
  }

  /** One document's event and claim mentions with what merging and linking read. */
  private DocumentFacts facts(Article article) {
    List<EventMention> events = kb.eventMentions(article.id());
    List<ClaimMention> claims = kb.claimMentions(article.id());
    List<ResolvedMention> mentions = new ArrayList<>();
    for (ResolvedMention m : kb.mentionsOfDocument(article.id())) {
      String entity = entityIds.computeIfAbsent(m.entity(), id -> id);
      mentions.add(
          entity == m.entity()
              ? m
              : new ResolvedMention(entity, m.document(), m.span(), m.text(), m.title(), m.rule()));
    }
    return new DocumentFacts(
        article, events, events.isEmpty() ? Map.of() : kb.geocodes(article.id()), claims, mentions);
  }

  /** The first {@code count} documents of the store again, a page at a time, with their facts. */
  private final class Pages {
    private final KnowledgeBase store;
    private final int count;

    Pages(KnowledgeBase store, int count) {
      this.store = store;
      this.count = count;
    }

    /** Each document's items, in document order, read lazily. */
    <T> java.util.Iterator<T> flatMap(java.util.function.Function<DocumentFacts, List<T>> itemsOf) {
      return new java.util.Iterator<>() {
        int offset;
        java.util.Iterator<Article> page = java.util.Collections.emptyIterator();
        java.util.Iterator<T> items = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!items.hasNext()) {
            if (!page.hasNext()) {
              if (offset >= count) {
                return false;
              }
              List<Article> next = store.documents(offset, Math.min(PAGE, count - offset));
              if (next.isEmpty()) {
                throw new IllegalStateException(
                    "the store lost documents while its events and claims were rebuilt");
              }
              offset += next.size();
              page = next.iterator();
            }
            items = itemsOf.apply(facts(page.next())).iterator();
          }
          return true;
        }

        @Override
        public T next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return items.next();
        }
      };
    }
  }
}
