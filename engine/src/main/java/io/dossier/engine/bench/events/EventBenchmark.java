// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.events;

import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.CoreNlpStage;
import io.dossier.engine.pipeline.EntityStage;
import io.dossier.engine.pipeline.EventStage;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.engine.pipeline.TimeStage;
import io.dossier.extract.event.EventExtractor;
import io.dossier.model.ActorRole;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EventMention;
import io.dossier.model.EventType;
import io.dossier.model.Layer;
import io.dossier.model.Modality;
import io.dossier.model.PublishedBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs each PLOVER gold sentence as an undated article through CoreNLP, {@link EntityStage}, {@link
 * TimeStage} and {@link EventStage}, takes the sentence's main event (the trigger closest to the
 * root of the parse, {@link EventExtractor#mainEvent}) and keeps what the scorer needs.
 *
 * <p>The gold standard codes sentences the CAMEO way: a stated intention to cooperate ("will
 * allow", "agreed to provide", "is willing to withdraw") is AGREE, and an announced coercive or
 * violent act ("plans to impose restrictions", "will extend the curfew") is THREATEN. Dossier keeps
 * the act with modality {@code planned}; {@link #coded} projects it onto the CAMEO convention for
 * scoring, and both the projected and the raw type are reported.
 */
public final class EventBenchmark {

  private static final Set<EventType> COOPERATIVE =
      EnumSet.of(
          EventType.CONSULT,
          EventType.SUPPORT,
          EventType.COOPERATE,
          EventType.AID,
          EventType.CONCEDE,
          EventType.RETREAT,
          EventType.AGREE);

  private static final Set<EventType> COERCIVE =
      EnumSet.of(
          EventType.ASSAULT,
          EventType.FIGHT,
          EventType.COERCE,
          EventType.SANCTION,
          EventType.PROTEST,
          EventType.MOBILIZE);

  /** One record's outcome. */
  public record Outcome(
      PloverRecord record,
      @Nullable EventMention main,
      EventScorer.Prediction coded,
      EventScorer.Prediction raw) {}

  /** All outcomes with timings (milliseconds per article). */
  public record Result(
      List<Outcome> outcomes,
      double eventsMillis,
      double corenlpMillis,
      @Nullable Double corenlpWithoutDepparseMillis) {}

  private EventBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param records the gold records
   * @param measureDepparse also annotate every sentence without the dependency parse, to report
   *     what the parse costs
   * @param progress called with the number of records done
   */
  public static Result run(
      List<PloverRecord> records, boolean measureDepparse, IntConsumer progress) {
    List<ExtractionStage> stages = List.of(new EntityStage(), new TimeStage(), new EventStage());
    Set<Layer> layers = ArticleProcessor.requiredLayers(stages);
    // the sentences are parsed as ingest parses them: only those that may yield an event
    Capturing annotation =
        new Capturing(CoreNlpStage.create(layers, ArticleProcessor.parseSelection(stages), 1));
    ArticleProcessor processor = new ArticleProcessor(annotation, stages);
    // warm up on a sentence of our own so that class loading does not count
    processor.process(article("warmup", "The army shelled the town on Sunday, killing five."));
    processor = new ArticleProcessor(annotation, stages);
    List<Outcome> outcomes = new ArrayList<>();
    int done = 0;
    for (PloverRecord r : records) {
      DocumentAnalysis a = processor.process(article(r.id(), r.text()));
      AnnotatedText text = annotation.last;
      EventMention main = null;
      if (text != null && !text.sentences().isEmpty()) {
        main = mainOfText(text, a.events());
      }
      outcomes.add(
          new Outcome(
              r, main, prediction(main, true, a.events()), prediction(main, false, a.events())));
      progress.accept(++done);
    }
    Map<String, Long> millis = processor.timings().millis();
    int n = Math.max(1, records.size());
    Double without = null;
    if (measureDepparse) {
      Set<Layer> lean = EnumSet.copyOf(layers);
      lean.remove(Layer.DEPENDENCIES);
      CoreNlpStage plain = CoreNlpStage.create(lean);
      plain.annotate(article("warmup", "The army shelled the town on Sunday, killing five."));
      long t0 = System.nanoTime();
      for (PloverRecord r : records) {
        plain.annotate(article(r.id(), r.text()));
      }
      without = (System.nanoTime() - t0) / 1e6 / n;
    }
    return new Result(
        outcomes,
        millis.getOrDefault("events", 0L) / (double) n,
        millis.getOrDefault("corenlp", 0L) / (double) n,
        without);
  }

  /** The main event over all sentences: the main event of the first sentence that has one. */
  private static @Nullable EventMention mainOfText(AnnotatedText text, List<EventMention> events) {
    for (int s = 0; s < text.sentences().size(); s++) {
      OptionalInt i = EventExtractor.mainEvent(text, events, s);
      if (i.isPresent()) {
        return events.get(i.getAsInt());
      }
    }
    return null;
  }

  /** The event type under the gold standard's CAMEO coding of intentions (see the class doc). */
  public static EventType coded(EventMention m) {
    if (m.modality() == Modality.PLANNED) {
      if (COOPERATIVE.contains(m.type())) {
        return EventType.AGREE;
      }
      if (COERCIVE.contains(m.type())) {
        return EventType.THREATEN;
      }
    }
    return m.type();
  }

  private static EventScorer.Prediction prediction(
      @Nullable EventMention main, boolean coded, List<EventMention> all) {
    if (main == null) {
      return new EventScorer.Prediction(null, List.of(), List.of(), null, null);
    }
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    main.actors()
        .forEach(
            a -> {
              if (a.role() == ActorRole.SOURCE) {
                sources.add(a.name());
              } else if (a.role() == ActorRole.TARGET) {
                targets.add(a.name());
              }
            });
    // casualties: the main event's, else those of the first event of the sentence that has any
    EventMention withCounts = main;
    if (main.killed() == null && main.injured() == null) {
      for (EventMention m : all) {
        if (m.killed() != null || m.injured() != null) {
          withCounts = m;
          break;
        }
      }
    }
    Integer dead = withCounts.killed() == null ? null : withCounts.killed().low();
    Integer injured = withCounts.injured() == null ? null : withCounts.injured().low();
    String type = (coded ? coded(main) : main.type()).name();
    return new EventScorer.Prediction(type, sources, targets, dead, injured);
  }

  static Article article(String id, String text) {
    return new Article(
        "plover-" + id.toLowerCase(Locale.ROOT),
        "plover:" + id,
        null,
        null,
        null,
        PublishedBasis.UNKNOWN,
        "en",
        text,
        List.of(),
        null,
        Integer.toHexString(text.hashCode()),
        null);
  }

  /** Delegates to the CoreNLP stage and keeps the last annotation (single-threaded use). */
  private static final class Capturing implements TextAnnotation {
    private final TextAnnotation delegate;
    @Nullable AnnotatedText last;

    Capturing(TextAnnotation delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public Set<Layer> provides() {
      return delegate.provides();
    }

    @Override
    public AnnotatedText annotate(Article article) {
      AnnotatedText t = delegate.annotate(article);
      last = t;
      return t;
    }
  }
}
