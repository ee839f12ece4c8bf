// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.Article;
import io.dossier.model.ClaimMention;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EventMention;
import io.dossier.model.LocalEntity;
import io.dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;

/** Collects what the extraction stages find in one article; used by one thread at a time. */
public final class AnalysisBuilder {
  private final Article article;
  private final List<LocalEntity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<EventMention> events = new ArrayList<>();
  private final List<ClaimMention> claims = new ArrayList<>();

  AnalysisBuilder(Article article) {
    this.article = article;
  }

  /** The article being analysed. */
  public Article article() {
    return article;
  }

  /** Adds the within-document entities. */
  public AnalysisBuilder entities(List<LocalEntity> found) {
    entities.addAll(found);
    return this;
  }

  /** Adds normalized time expressions. */
  public AnalysisBuilder times(List<TimeExpression> found) {
    times.addAll(found);
    return this;
  }

  /** The within-document entities found so far (by earlier stages). */
  public List<LocalEntity> entities() {
    return List.copyOf(entities);
  }

  /** The normalized time expressions found so far (by earlier stages). */
  public List<TimeExpression> times() {
    return List.copyOf(times);
  }

  /** Adds event mentions. */
  public AnalysisBuilder events(List<EventMention> found) {
    events.addAll(found);
    return this;
  }

  /** Adds claim mentions. */
  public AnalysisBuilder claims(List<ClaimMention> found) {
    claims.addAll(found);
    return this;
  }

  DocumentAnalysis build() {
    return new DocumentAnalysis(article, entities, times, events, claims);
  }
}
