// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.engine.Engine;
import io.dossier.engine.pipeline.ArticleProcessor;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the per-article processor on an executor. It travels with the job (hence {@code
 * Serializable}); the processor it builds does not: {@link #forThisThread} builds one per executor
 * thread, once, and keeps it for every later task of that thread, so the CoreNLP models load once
 * per thread rather than once per partition.
 */
public interface ProcessorFactory extends Serializable {

  /** The standard processor of {@code dossier ingest}: {@link Engine#standardProcessor()}. */
  ProcessorFactory STANDARD = new Standard();

  /** A name that identifies what the factory builds (the per-thread cache key). */
  String name();

  /** Builds a processor (expensive: loads models). */
  ArticleProcessor create();

  /** The processor of the calling thread, built on first use. */
  default ArticleProcessor forThisThread() {
    return Cache.PROCESSORS.get().computeIfAbsent(name(), n -> create());
  }

  /** The standard factory. */
  final class Standard implements ProcessorFactory {
    private static final long serialVersionUID = 1L;

    private Standard() {}

    @Override
    public String name() {
      return "standard";
    }

    @Override
    public ArticleProcessor create() {
      return Engine.standardProcessor();
    }
  }

  /** The processors of each thread, by factory name. */
  final class Cache {
    static final ThreadLocal<Map<String, ArticleProcessor>> PROCESSORS =
        ThreadLocal.withInitial(HashMap::new);

    private Cache() {}
  }
}
