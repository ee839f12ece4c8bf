// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import io.dossier.engine.export.AcledCsvExporter;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.ingest.Ingestor;
import io.dossier.engine.internal.Lazy;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.CoreNlpStage;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.ingest.IngestDefaults;
import io.dossier.resolve.ExactNameResolver;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The facade over one knowledge base: ingest into it, export it, read it. The NLP models are loaded
 * on first need only.
 */
public final class Engine implements AutoCloseable {
  private final EngineConfig config;
  private final KnowledgeBase kb;
  private final Lazy<ArticleProcessor> processor;

  private Engine(EngineConfig config, KnowledgeBase kb, Supplier<ArticleProcessor> processor) {
    this.config = config;
    this.kb = kb;
    this.processor = Lazy.of(processor);
  }

  /** Opens (creating if needed) the store named by {@code config}. */
  public static Engine open(EngineConfig config) {
    return new Engine(config, SqliteKnowledgeBase.open(config.store()), Engine::standardProcessor);
  }

  /** Wraps an open store with a given processor factory (tests use a fake annotator). */
  public static Engine of(
      EngineConfig config, KnowledgeBase kb, Supplier<ArticleProcessor> processor) {
    return new Engine(config, kb, processor);
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

  /** The processor, if some article already needed it (for timings). */
  public java.util.Optional<ArticleProcessor> loadedProcessor() {
    return processor.isComputed()
        ? java.util.Optional.of(processor.get())
        : java.util.Optional.empty();
  }

  /** Ingests files and folders. */
  public IngestSummary ingest(List<Path> inputs, IngestDefaults defaults, IngestListener listener) {
    return new Ingestor(kb, processor, new ExactNameResolver(), config.threads())
        .run(inputs, defaults, listener);
  }

  /** Writes the JSON Lines export into {@code outDir}. */
  public JsonlExporter.Result exportJsonl(Path outDir) throws IOException {
    return new JsonlExporter().export(kb, outDir);
  }

  /** Writes the ACLED-style CSV to {@code file}; returns the number of event rows. */
  public long exportAcledCsv(Path file) throws IOException {
    return new AcledCsvExporter().export(file);
  }

  @Override
  public void close() {
    kb.close();
  }
}
