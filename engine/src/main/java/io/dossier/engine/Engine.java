// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import io.dossier.engine.curation.Curator;
import io.dossier.engine.export.AcledCsvExporter;
import io.dossier.engine.export.GeoJsonExporter;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.engine.facts.FactResolution;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.ingest.Ingestor;
import io.dossier.engine.internal.Lazy;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.CoreNlpStage;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.web.FetchOptions;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.EntityResolver;
import io.dossier.resolve.TransliterationResolver;
import io.dossier.resolve.geo.Gazetteer;
import io.dossier.resolve.geo.Geocoder;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The facade over one knowledge base: ingest into it, curate it, export it, read it. The NLP models
 * are loaded on first need only. One entity resolver serves both ingest and curation, so the keys a
 * curation registers are the keys later ingests look up.
 */
public final class Engine implements AutoCloseable {
  private final EngineConfig config;
  private final KnowledgeBase kb;
  private final Lazy<ArticleProcessor> processor;
  private final EntityResolver resolver;

  private Engine(
      EngineConfig config,
      KnowledgeBase kb,
      Supplier<ArticleProcessor> processor,
      EntityResolver resolver) {
    this.config = config;
    this.kb = kb;
    this.processor = Lazy.of(processor);
    this.resolver = resolver;
  }

  /**
   * Opens (creating if needed) the store named by {@code config}: a folder, or a database on a
   * PostgreSQL server.
   */
  public static Engine open(EngineConfig config) {
    return new Engine(config, config.store().open(), Engine::standardProcessor, standardResolver());
  }

  /** Wraps an open store with a given processor factory (tests use a fake annotator). */
  public static Engine of(
      EngineConfig config, KnowledgeBase kb, Supplier<ArticleProcessor> processor) {
    return new Engine(config, kb, processor, standardResolver());
  }

  /** Wraps an open store with a given processor factory and entity resolver. */
  public static Engine of(
      EngineConfig config,
      KnowledgeBase kb,
      Supplier<ArticleProcessor> processor,
      EntityResolver resolver) {
    return new Engine(config, kb, processor, resolver);
  }

  /**
   * The cross-document entity resolver of every engine: the one place where it is chosen. Its
   * blocking keys are stored, so changing it calls for re-ingesting existing stores.
   */
  public static EntityResolver standardResolver() {
    return new TransliterationResolver();
  }

  /**
   * The standard per-article processor: CoreNLP configured for exactly the layers the standard
   * extraction stages require.
   */
  public static ArticleProcessor standardProcessor() {
    List<ExtractionStage> stages = ArticleProcessor.standardStages();
    return new ArticleProcessor(
        CoreNlpStage.create(ArticleProcessor.requiredLayers(stages)), stages);
  }

  /** The store. */
  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The entity resolver used by ingest and curation. */
  public EntityResolver resolver() {
    return resolver;
  }

  /** Takes curators' decisions (merge, split, rename), dated by the system clock. */
  public Curator curator() {
    return new Curator(kb, resolver, Clock.systemUTC(), this::refreshFacts);
  }

  /** The processor, if some article already needed it (for timings). */
  public java.util.Optional<ArticleProcessor> loadedProcessor() {
    return processor.isComputed()
        ? java.util.Optional.of(processor.get())
        : java.util.Optional.empty();
  }

  /** Ingests files and folders. */
  public IngestSummary ingest(List<Path> inputs, IngestDefaults defaults, IngestListener listener) {
    return ingest(
        inputs.stream().map(Path::toString).toList(), defaults, FetchOptions.DEFAULT, listener);
  }

  /**
   * Ingests files, folders and http(s) URLs (fetched with {@code fetch}), then brings the merged
   * events and linked claims up to date.
   */
  public IngestSummary ingest(
      List<String> inputs, IngestDefaults defaults, FetchOptions fetch, IngestListener listener) {
    UnaryOperator<ResolvedDocument> places = UnaryOperator.identity();
    if (config.gazetteer() != null) {
      Geocoder geocoder = new Geocoder(Gazetteer.read(config.gazetteer()));
      places = d -> d.withGeocodes(geocoder.geocode(d.analysis()));
    }
    try {
      return new Ingestor(kb, processor, resolver, config.threads(), places)
          .run(inputs, defaults, fetch, listener);
    } finally {
      refreshFacts();
    }
  }

  /**
   * Brings the merged events and linked claims up to date with every stored document and curation
   * decision (a no-op when they are).
   */
  public FactResolution.Rebuilt refreshFacts() {
    return new FactResolution(kb).refresh();
  }

  /** Writes the JSON Lines export into {@code outDir}. */
  public JsonlExporter.Result exportJsonl(Path outDir) throws IOException {
    refreshFacts();
    return new JsonlExporter().export(kb, outDir);
  }

  /** Writes the ACLED-style CSV to {@code file}; returns the number of event rows. */
  public long exportAcledCsv(Path file) throws IOException {
    refreshFacts();
    return new AcledCsvExporter().export(kb, file);
  }

  /** Writes the located events as GeoJSON to {@code file}; returns the number of features. */
  public long exportGeoJson(Path file) throws IOException {
    refreshFacts();
    return new GeoJsonExporter().export(kb, file);
  }

  @Override
  public void close() {
    kb.close();
  }
}
