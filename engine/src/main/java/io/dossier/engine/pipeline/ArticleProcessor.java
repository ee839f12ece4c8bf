// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.Layer;
import io.dossier.nlp.SentenceSelector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the per-article stages: annotation, then every extraction stage. Checked when built, so a
 * stage whose input layer nobody provides fails at start-up with the stage's name, not halfway
 * through a corpus. Thread-safe; one instance serves every worker thread.
 */
public final class ArticleProcessor {
  private final TextAnnotation annotation;
  private final List<ExtractionStage> stages;
  private final StageTimings timings = new StageTimings();
  private final java.util.concurrent.atomic.LongAdder tokens =
      new java.util.concurrent.atomic.LongAdder();

  /** Checks the stage order and builds the processor. */
  public ArticleProcessor(TextAnnotation annotation, List<ExtractionStage> stages) {
    List<Stage> all = new ArrayList<>();
    all.add(annotation);
    all.addAll(stages);
    PipelinePlan.check(Set.of(), all);
    this.annotation = annotation;
    this.stages = List.copyOf(stages);
  }

  /** The extraction stages of a standard run, in order. */
  public static List<ExtractionStage> standardStages() {
    return List.of(new EntityStage(), new TimeStage(), new EventStage(), new ClaimStage());
  }

  /** The layers the annotation stage must produce for {@code stages}. */
  public static Set<Layer> requiredLayers(List<ExtractionStage> stages) {
    return PipelinePlan.required(stages);
  }

  /**
   * The sentences to dependency-parse for {@code stages}: those that some stage requiring {@link
   * Layer#DEPENDENCIES} may read ({@link ExtractionStage#sentencesToParse}).
   */
  public static SentenceSelector parseSelection(List<ExtractionStage> stages) {
    List<ExtractionStage> readers =
        stages.stream().filter(s -> s.requires().contains(Layer.DEPENDENCIES)).toList();
    return text -> {
      BitSet union = new BitSet();
      for (ExtractionStage stage : readers) {
        union.or(stage.sentencesToParse(text));
      }
      return union;
    };
  }

  /** The language the annotation and extraction stages are built for. */
  public static final String ANALYSED_LANGUAGE = "en";

  /**
   * Whether {@code article} is analysed: the stages (English CoreNLP models, English cue lexicons)
   * would only produce garbage on another language, so such articles are stored unanalysed.
   */
  public static boolean analyses(Article article) {
    return ANALYSED_LANGUAGE.equals(article.language());
  }

  /**
   * Annotates and extracts one article; an article in another language than {@value
   * #ANALYSED_LANGUAGE} gets an empty analysis (see {@link #analyses}).
   */
  public DocumentAnalysis process(Article article) {
    if (!analyses(article)) {
      return new DocumentAnalysis(article, List.of(), List.of());
    }
    long t0 = System.nanoTime();
    AnnotatedText text = annotation.annotate(article);
    long t1 = System.nanoTime();
    timings.add(annotation.name(), t1 - t0);
    tokens.add(text.tokens().size());
    AnalysisBuilder builder = new AnalysisBuilder(article);
    for (ExtractionStage stage : stages) {
      long s0 = System.nanoTime();
      stage.apply(text, builder);
      timings.add(stage.name(), System.nanoTime() - s0);
    }
    return builder.build();
  }

  /** Tokens annotated so far. */
  public long tokensProcessed() {
    return tokens.sum();
  }

  /** Time spent per stage so far. */
  public StageTimings timings() {
    return timings;
  }

  /** What the annotation stage reports about its work ({@link TextAnnotation#statistics}). */
  public Map<String, Long> annotationStatistics() {
    return annotation.statistics();
  }
}
