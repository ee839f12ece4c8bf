// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import io.dossier.store.StoreLocation;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of an engine: where the knowledge base lives and how many worker threads process
 * articles.
 *
 * @param store the store: a folder (embedded) or a PostgreSQL database
 * @param threads worker threads for per-article processing (1 or more)
 * @param gazetteer a GeoNames-format file for geocoding event places, or null for none
 */
public record EngineConfig(StoreLocation store, int threads, @Nullable Path gazetteer) {

  /** The embedded store in {@code folder}, without a gazetteer. */
  public EngineConfig(Path folder, int threads) {
    this(new StoreLocation.Folder(folder), threads, null);
  }

  /** The embedded store in {@code folder}. */
  public EngineConfig(Path folder, int threads, @Nullable Path gazetteer) {
    this(new StoreLocation.Folder(folder), threads, gazetteer);
  }

  /** Without a gazetteer. */
  public EngineConfig(StoreLocation store, int threads) {
    this(store, threads, null);
  }

  public EngineConfig {
    Objects.requireNonNull(store, "store");
    if (threads < 1) {
      throw new io.dossier.model.ConfigException(
          "--threads must be 1 or more (was " + threads + ")");
    }
  }

  /** The default number of worker threads: the number of cores. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
