// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import io.dossier.model.Casualties;
import io.dossier.model.CasualtyCount;
import io.dossier.model.CasualtyReport;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Contradiction;
import io.dossier.model.Event;
import io.dossier.model.EventActor;
import io.dossier.model.EventLocation;
import io.dossier.model.EventMention;
import io.dossier.model.Evidence;
import io.dossier.model.Geocode;
import io.dossier.model.Participant;
import io.dossier.model.Relation;
import io.dossier.model.Span;
import io.dossier.model.Speaker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of events, claims and relations: the contract's fields first, extensions after them.
 */
public final class FactWire {

  private FactWire() {}

  /** A place of an event. */
  public record LocationRecord(
      String name,
      @Nullable String entity,
      @Nullable Double lat,
      @Nullable Double lon,
      String relation,
      @Nullable String country,
      @Nullable Long geonamesId,
      @Nullable String geocodeRule) {

    static @Nullable LocationRecord of(@Nullable EventLocation l) {
      if (l == null) {
        return null;
      }
      Geocode g = l.geocode();
      return new LocationRecord(
          l.name(),
          l.entity(),
          g == null ? null : g.lat(),
          g == null ? null : g.lon(),
          l.relation(),
          g == null ? null : g.country(),
          g == null ? null : g.geonameId(),
          g == null ? null : g.rule());
    }
  }

  /** An actor of an event. */
  public record ActorRecord(@Nullable String entity, String name, String role) {
    static ActorRecord of(Participant p) {
      return new ActorRecord(p.entity(), p.name(), p.role().wire());
    }
  }

  /** One source's figure. */
  public record ReportRecord(
      int value,
      String document,
      int high,
      String qualifier,
      String text,
      int start,
      int end,
      @Nullable String outlet,
      @Nullable String duplicateOf) {
    static ReportRecord of(CasualtyReport r) {
      CasualtyCount c = r.count();
      return new ReportRecord(
          c.low(),
          r.document(),
          c.high(),
          c.qualifier(),
          c.text(),
          c.span().start(),
          c.span().end(),
          r.outlet(),
          r.duplicateOf());
    }
  }

  /** Every source's figure for one quantity. */
  public record CasualtiesRecord(
      int min, int max, List<ReportRecord> reports, int conservative, String rule) {
    static @Nullable CasualtiesRecord of(@Nullable Casualties c) {
      return c == null
          ? null
          : new CasualtiesRecord(
              c.min(),
              c.max(),
              c.reports().stream().map(ReportRecord::of).toList(),
              c.conservative(),
              c.rule());
    }
  }

  /** Evidence of a fact: a sentence of a document. */
  public record EvidenceRecord(
      String document,
      int start,
      int end,
      String text,
      String trigger,
      String modality,
      String rule) {
    static EvidenceRecord of(Evidence e) {
      return new EvidenceRecord(
          e.document(),
          e.span().start(),
          e.span().end(),
          e.text(),
          e.trigger(),
          e.modality().wire(),
          e.rule());
    }
  }

  /** A line of {@code events.jsonl}. */
  public record EventRecord(
      String id,
      String type,
      @Nullable String mode,
      @Nullable String date,
      String datePrecision,
      String dateBasis,
      @Nullable LocationRecord location,
      List<ActorRecord> actors,
      @Nullable CasualtiesRecord fatalities,
      @Nullable CasualtiesRecord injured,
      String modality,
      List<EvidenceRecord> evidence,
      List<String> sources,
      int independentSources,
      List<String> respondsTo,
      List<String> documents) {

    /** From a merged event. */
    public static EventRecord of(Event e) {
      return new EventRecord(
          e.id(),
          e.type().name(),
          e.mode(),
          e.date().value(),
          e.date().precision().wire(),
          e.date().basis(),
          LocationRecord.of(e.location()),
          e.actors().stream().map(ActorRecord::of).toList(),
          CasualtiesRecord.of(e.fatalities()),
          CasualtiesRecord.of(e.injured()),
          e.modality().wire(),
          e.evidence().stream().map(EvidenceRecord::of).toList(),
          e.sources(),
          e.independentSources(),
          e.respondsTo(),
          e.documents());
    }
  }

  /** A line of {@code relations.jsonl}. */
  public record RelationRecord(
      String id,
      String subject,
      String predicate,
      String object,
      List<EvidenceRecord> evidence,
      List<String> sources,
      int independentSources,
      List<String> documents) {

    /** From a relation. */
    public static RelationRecord of(Relation r) {
      return new RelationRecord(
          r.id(),
          r.subject(),
          r.predicate().wire(),
          r.object(),
          r.evidence().stream().map(EvidenceRecord::of).toList(),
          r.sources(),
          r.independentSources(),
          r.documents());
    }
  }

  /** The organisation a speaker speaks for. */
  public record OnBehalfOf(@Nullable String entity, String name) {}

  /** The speaker of a claim. */
  public record SpeakerRecord(
      @Nullable String entity,
      @Nullable String name,
      @Nullable String basis,
      @Nullable Integer start,
      @Nullable Integer end,
      @Nullable OnBehalfOf onBehalfOf) {}

  /** One piece of a claim's content. */
  public record PieceRecord(int start, int end, String text) {}

  /** A line of {@code claims.jsonl}. */
  public record ClaimRecord(
      String id,
      String kind,
      String text,
      SpeakerRecord speaker,
      @Nullable String cue,
      String document,
      int start,
      int end,
      List<String> hedges,
      List<String> about,
      List<String> supports,
      int supportsTotal,
      List<String> contradicts,
      int contradictsTotal,
      List<Contradiction> contradictions,
      String modality,
      List<String> via,
      List<PieceRecord> pieces,
      String cluster,
      int independentSources,
      @Nullable String outlet,
      String rule) {

    /** From a linked claim; {@code documentText} is the text its spans point into. */
    public static ClaimRecord of(Claim c, String documentText) {
      ClaimMention m = c.mention();
      Speaker s = m.speaker();
      SpeakerRecord speaker =
          s == null
              ? new SpeakerRecord(null, null, null, null, null, null)
              : new SpeakerRecord(
                  c.speakerEntity(),
                  s.name(),
                  s.basis(),
                  s.span().start(),
                  s.span().end(),
                  s.onBehalfOf() == null
                      ? null
                      : new OnBehalfOf(c.onBehalfOfEntity(), s.onBehalfOf()));
      return new ClaimRecord(
          c.id(),
          m.kind().wire(),
          c.text(),
          speaker,
          m.cue(),
          c.document(),
          m.span().start(),
          m.span().end(),
          m.hedges(),
          c.about(),
          c.supports(),
          c.supportsTotal(),
          c.contradicts().stream().map(Contradiction::claim).toList(),
          c.contradictsTotal(),
          c.contradicts(),
          m.modality().wire(),
          m.via(),
          FactWire.pieces(m.pieces(), documentText),
          c.cluster(),
          c.independentSources(),
          c.outlet(),
          m.provenance().rule());
    }
  }

  static List<PieceRecord> pieces(List<Span> pieces, String text) {
    return pieces.stream()
        .filter(p -> p.end() <= text.length())
        .map(p -> new PieceRecord(p.start(), p.end(), p.of(text)))
        .toList();
  }

  /** An event mention as {@code dossier annotate} prints it (no store, no merging). */
  public record AnnotatedEvent(
      int start,
      int end,
      String trigger,
      String type,
      @Nullable String mode,
      @Nullable String date,
      String datePrecision,
      String dateBasis,
      @Nullable String place,
      @Nullable String placeRelation,
      List<AnnotatedActor> actors,
      @Nullable CasualtyCount killed,
      @Nullable CasualtyCount injured,
      String modality,
      List<String> cues,
      @Nullable Integer respondsTo,
      int sentenceStart,
      int sentenceEnd,
      String rule) {

    /** From an event mention. */
    public static AnnotatedEvent of(EventMention e) {
      return new AnnotatedEvent(
          e.span().start(),
          e.span().end(),
          e.trigger(),
          e.type().name(),
          e.mode(),
          e.date().value(),
          e.date().precision().wire(),
          e.date().basis(),
          e.place() == null ? null : e.place().name(),
          e.place() == null ? null : e.place().relation(),
          e.actors().stream().map(AnnotatedActor::of).toList(),
          e.killed(),
          e.injured(),
          e.modality().wire(),
          e.cues(),
          e.respondsTo(),
          e.sentence().start(),
          e.sentence().end(),
          e.provenance().rule());
    }
  }

  /** An actor of an event mention (within-document entity index). */
  public record AnnotatedActor(
      String role, String name, int start, int end, @Nullable Integer entity) {
    static AnnotatedActor of(EventActor a) {
      return new AnnotatedActor(
          a.role().wire(), a.name(), a.span().start(), a.span().end(), a.entity());
    }
  }

  /** A claim mention as {@code dossier annotate} prints it. */
  public record AnnotatedClaim(
      String kind,
      int start,
      int end,
      String text,
      List<PieceRecord> pieces,
      @Nullable Speaker speaker,
      @Nullable String cue,
      List<String> hedges,
      String modality,
      List<String> via,
      List<Integer> about,
      String rule) {

    /** From a claim mention of a document with text {@code text}. */
    public static AnnotatedClaim of(ClaimMention c, String text) {
      return new AnnotatedClaim(
          c.kind().wire(),
          c.span().start(),
          c.span().end(),
          c.span().end() <= text.length() ? c.span().of(text) : "",
          FactWire.pieces(c.pieces(), text),
          c.speaker(),
          c.cue(),
          c.hedges(),
          c.modality().wire(),
          c.via(),
          c.about(),
          c.provenance().rule());
    }
  }
}
