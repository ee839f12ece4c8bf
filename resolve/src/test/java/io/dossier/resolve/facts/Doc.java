// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import io.dossier.model.ActorRole;
import io.dossier.model.Article;
import io.dossier.model.CasualtyCount;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.DatePrecision;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Geocode;
import io.dossier.model.Ids;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds one document's facts by hand, as the extractors and the entity resolver would give them:
 * an article, resolved entity mentions, event mentions and claim mentions located by their surface
 * text.
 */
final class Doc {

  /** Canonical names of the invented Karesh conflict's entities. */
  static final Map<String, String> NAMES =
      Map.of(
          "e-kna", "Karesh National Army",
          "e-sahel", "Sahel Front",
          "e-hrw", "Human Rights Watch",
          "e-amnesty", "Amnesty International",
          "e-haddar", "Idris Haddar",
          "e-wadi-sar", "Wadi Sar",
          "e-un", "United Nations");

  private final String id;
  private final @Nullable String outlet;
  private final @Nullable LocalDate published;
  private final String text;
  private @Nullable String duplicateOf;
  private final List<String> entityIds = new ArrayList<>();
  private final List<ResolvedMention> mentions = new ArrayList<>();
  private final List<EventMention> events = new ArrayList<>();
  private final Map<Integer, Geocode> geocodes = new HashMap<>();
  private final List<ClaimMention> claims = new ArrayList<>();

  private Doc(String id, @Nullable String outlet, @Nullable LocalDate published, String text) {
    this.id = id;
    this.outlet = outlet;
    this.published = published;
    this.text = text;
  }

  /** A document published on {@code published} (ISO date, or null when undated). */
  static Doc doc(String id, @Nullable String outlet, @Nullable String published, String text) {
    return new Doc(id, outlet, published == null ? null : LocalDate.parse(published), text);
  }

  /** Canonical name lookup as the merger receives it. */
  static String name(String entity) {
    return NAMES.getOrDefault(entity, entity);
  }

  String id() {
    return id;
  }

  String text() {
    return text;
  }

  /** Marks this document as a syndicated copy of {@code original}. */
  Doc copyOf(String original) {
    this.duplicateOf = original;
    return this;
  }

  /** Links every occurrence of {@code surface} to the resolved entity {@code entity}. */
  Doc entity(String entity, String surface) {
    if (!entityIds.contains(entity)) {
      entityIds.add(entity);
    }
    int at = text.indexOf(surface);
    if (at < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in " + id);
    }
    while (at >= 0) {
      mentions.add(
          new ResolvedMention(
              entity, id, new Span(at, at + surface.length()), surface, null, "test"));
      at = text.indexOf(surface, at + 1);
    }
    return this;
  }

  /** Links only the {@code occurrence}-th (0-based) {@code surface} to {@code entity}. */
  Doc entity(String entity, String surface, int occurrence) {
    if (!entityIds.contains(entity)) {
      entityIds.add(entity);
    }
    mentions.add(new ResolvedMention(entity, id, span(surface, occurrence), surface, null, "test"));
    return this;
  }

  /** The span of the {@code occurrence}-th (0-based) {@code surface}. */
  Span span(String surface, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + surface + "' #" + occurrence + " not in " + id);
      }
    }
    return new Span(at, at + surface.length());
  }

  Span span(String surface) {
    return span(surface, 0);
  }

  /** The sentence around {@code inner}: from after the previous ". " to the next period. */
  Span sentence(Span inner) {
    int start = text.lastIndexOf(". ", inner.start());
    start = start < 0 ? 0 : start + 2;
    int end = text.indexOf('.', inner.end());
    end = end < 0 ? text.length() : end + 1;
    return new Span(start, end);
  }

  /** Starts an event mention triggered by the first {@code trigger}. */
  EventBuilder event(String trigger, EventType type, @Nullable String mode) {
    return new EventBuilder(span(trigger), trigger, type, mode);
  }

  /** Starts an event mention triggered by the {@code occurrence}-th {@code trigger}. */
  EventBuilder event(String trigger, int occurrence, EventType type, @Nullable String mode) {
    return new EventBuilder(span(trigger, occurrence), trigger, type, mode);
  }

  /** Starts a claim whose content is the first {@code content}. */
  ClaimBuilder claim(String content) {
    return new ClaimBuilder(span(content));
  }

  Article article() {
    return new Article(
        id,
        id + ".txt",
        outlet,
        null,
        published,
        published == null ? PublishedBasis.UNKNOWN : PublishedBasis.METADATA,
        "en",
        text,
        List.of(),
        null,
        Ids.sha256(text),
        duplicateOf);
  }

  DocumentFacts facts() {
    return new DocumentFacts(article(), events, geocodes, claims, mentions);
  }

  private @Nullable Integer entityIndexWithin(Span span) {
    for (ResolvedMention m : mentions) {
      if (span.contains(m.span())) {
        return entityIds.indexOf(m.entity());
      }
    }
    return null;
  }

  /** Builds one event mention; {@link #add()} appends it to the document. */
  final class EventBuilder {
    private final Span trigger;
    private final String triggerText;
    private final EventType type;
    private final @Nullable String mode;
    private final List<EventActor> actors = new ArrayList<>();
    private EventDate date = EventDate.unknown("no time expression governs the event");
    private @Nullable EventPlace place;
    private @Nullable CasualtyCount killed;
    private @Nullable CasualtyCount injured;
    private Modality modality = Modality.ASSERTED;
    private @Nullable Integer respondsTo;
    private @Nullable Geocode geocode;

    private EventBuilder(Span trigger, String triggerText, EventType type, @Nullable String mode) {
      this.trigger = trigger;
      this.triggerText = triggerText;
      this.type = type;
      this.mode = mode;
    }

    EventBuilder actor(ActorRole role, String name) {
      Span s = span(name);
      actors.add(new EventActor(role, name, s, entityIndexWithin(s)));
      return this;
    }

    EventBuilder source(String name) {
      return actor(ActorRole.SOURCE, name);
    }

    EventBuilder target(String name) {
      return actor(ActorRole.TARGET, name);
    }

    EventBuilder in(String name) {
      Span s = span(name);
      place = new EventPlace(name, s, entityIndexWithin(s), "in");
      return this;
    }

    EventBuilder on(String day) {
      return date(day, DatePrecision.DAY);
    }

    EventBuilder date(String value, DatePrecision precision) {
      date = new EventDate(value, precision, "time expression governing the event", null);
      return this;
    }

    EventBuilder killed(String phrase, int low, int high, String qualifier) {
      killed = new CasualtyCount(low, high, qualifier, span(phrase), phrase);
      return this;
    }

    EventBuilder killed(String phrase, int count) {
      return killed(phrase, count, count, "exact");
    }

    EventBuilder injured(String phrase, int count) {
      injured = new CasualtyCount(count, count, "exact", span(phrase), phrase);
      return this;
    }

    EventBuilder modality(Modality value) {
      modality = value;
      return this;
    }

    EventBuilder respondsTo(int incident) {
      respondsTo = incident;
      return this;
    }

    EventBuilder at(Geocode value) {
      geocode = value;
      return this;
    }

    /** Adds the mention to the document and returns its index. */
    int add() {
      events.add(
          new EventMention(
              new Provenance(id, trigger, "event:test", "1"),
              triggerText,
              sentence(trigger),
              type,
              mode,
              actors,
              date,
              place,
              killed,
              injured,
              modality,
              List.of(),
              respondsTo));
      int index = events.size() - 1;
      if (geocode != null) {
        geocodes.put(index, geocode);
      }
      return index;
    }
  }

  /** Builds one claim mention; {@link #add()} appends it to the document. */
  final class ClaimBuilder {
    private final List<Span> pieces = new ArrayList<>();
    private @Nullable Speaker speaker;
    private Modality modality = Modality.REPORTED;

    private ClaimBuilder(Span content) {
      pieces.add(content);
    }

    /** A further content piece (a quote split by "she said"). */
    ClaimBuilder piece(String content) {
      pieces.add(span(content));
      return this;
    }

    ClaimBuilder by(String name) {
      Span s = span(name);
      speaker = new Speaker(name, s, entityIndexWithin(s), "named", null, null);
      return this;
    }

    ClaimBuilder by(String name, String onBehalfOf) {
      Span s = span(name);
      speaker = new Speaker(name, s, entityIndexWithin(s), "named", onBehalfOf, null);
      return this;
    }

    ClaimBuilder modality(Modality value) {
      modality = value;
      return this;
    }

    /** Adds the mention to the document and returns its index. */
    int add() {
      Span whole = new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
      claims.add(
          new ClaimMention(
              new Provenance(id, whole, "claim:test", "1"),
              ClaimKind.DIRECT,
              pieces,
              speaker,
              null,
              null,
              List.of(),
              modality,
              List.of(),
              List.of()));
      return claims.size() - 1;
    }
  }
}
