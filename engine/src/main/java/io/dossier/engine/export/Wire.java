// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.Entity;
import io.dossier.model.EntityMention;
import io.dossier.model.LocalEntity;
import io.dossier.model.ResolvedMention;
import io.dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records of the export contract, built from model records. */
public final class Wire {

  private Wire() {}

  /** A line of {@code documents.jsonl}. */
  public record Document(
      String id,
      String source,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String published,
      String publishedBasis,
      String language,
      String text,
      List<String> removed,
      @Nullable String duplicateOf,
      @Nullable String url) {

    /** From an article. */
    public static Document of(Article a) {
      return new Document(
          a.id(),
          a.source(),
          a.outlet(),
          a.title(),
          a.published() == null ? null : a.published().toString(),
          a.publishedBasis().label(),
          a.language(),
          a.text(),
          a.removed(),
          a.duplicateOf(),
          a.url());
    }
  }

  /** An alias inside an entity record. */
  public record AliasRecord(String name, int mentions, String rule) {
    static AliasRecord of(Alias a) {
      return new AliasRecord(a.name(), a.mentions(), a.rule());
    }
  }

  /** A line of {@code entities.jsonl}. */
  public record EntityRecord(
      String id,
      String type,
      String name,
      List<AliasRecord> aliases,
      int mentions,
      List<String> documents) {

    /** From a resolved entity. */
    public static EntityRecord of(Entity e) {
      return new EntityRecord(
          e.id(),
          e.type().name(),
          e.name(),
          e.aliases().stream().map(AliasRecord::of).toList(),
          e.mentions(),
          e.documents());
    }
  }

  /** A line of {@code mentions.jsonl}. */
  public record MentionRecord(
      String entity,
      String document,
      int start,
      int end,
      String text,
      @Nullable String title,
      String rule) {

    /** From a resolved mention. */
    public static MentionRecord of(ResolvedMention m) {
      return new MentionRecord(
          m.entity(),
          m.document(),
          m.span().start(),
          m.span().end(),
          m.text(),
          m.title(),
          m.rule());
    }
  }

  /** A line of {@code times.jsonl} (an extension of the contract). */
  public record TimeRecord(
      String document, int start, int end, String text, String type, @Nullable String value) {

    /** From a time expression of {@code document}. */
    public static TimeRecord of(String document, TimeExpression t) {
      return new TimeRecord(
          document, t.span().start(), t.span().end(), t.text(), t.type(), t.value());
    }
  }

  /** A mention as {@code dossier annotate} prints it (within-document entity index, no store). */
  public record AnnotatedMention(
      int start,
      int end,
      String type,
      String text,
      int entity,
      String name,
      @Nullable String title,
      String rule,
      String link) {}

  /** A time expression as {@code dossier annotate} prints it. */
  public record AnnotatedTime(
      int start, int end, String text, String type, @Nullable String value) {}

  /** One document as {@code dossier annotate} prints it. */
  public record AnnotatedDocument(
      String id,
      String source,
      @Nullable String title,
      @Nullable String published,
      String publishedBasis,
      String text,
      List<String> removed,
      List<AnnotatedMention> mentions,
      List<AnnotatedTime> times,
      List<FactWire.AnnotatedClaim> claims,
      List<FactWire.AnnotatedEvent> events) {

    /** From one article's analysis, with its claims and events. */
    public static AnnotatedDocument of(DocumentAnalysis analysis) {
      Article a = analysis.article();
      AnnotatedDocument plain = of(a, analysis.entities(), analysis.times());
      return new AnnotatedDocument(
          plain.id(),
          plain.source(),
          plain.title(),
          plain.published(),
          plain.publishedBasis(),
          plain.text(),
          plain.removed(),
          plain.mentions(),
          plain.times(),
          analysis.claims().stream().map(c -> FactWire.AnnotatedClaim.of(c, a.text())).toList(),
          analysis.events().stream().map(FactWire.AnnotatedEvent::of).toList());
    }

    /** From one article's entities and times (no claims or events). */
    public static AnnotatedDocument of(
        Article a, List<LocalEntity> entities, List<TimeExpression> times) {
      List<AnnotatedMention> mentions = new ArrayList<>();
      for (LocalEntity e : entities) {
        for (EntityMention m : e.mentions()) {
          mentions.add(
              new AnnotatedMention(
                  m.span().start(),
                  m.span().end(),
                  m.type().name(),
                  m.text(),
                  e.index(),
                  e.name(),
                  m.title(),
                  m.provenance().rule(),
                  m.link()));
        }
      }
      mentions.sort(
          (x, y) ->
              x.start() != y.start() ? Integer.compare(x.start(), y.start()) : x.end() - y.end());
      return new AnnotatedDocument(
          a.id(),
          a.source(),
          a.title(),
          a.published() == null ? null : a.published().toString(),
          a.publishedBasis().label(),
          a.text(),
          a.removed(),
          mentions,
          times.stream()
              .map(
                  t ->
                      new AnnotatedTime(
                          t.span().start(), t.span().end(), t.text(), t.type(), t.value()))
              .toList(),
          List.of(),
          List.of());
    }
  }
}
