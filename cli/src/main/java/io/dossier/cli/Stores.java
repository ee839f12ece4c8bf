// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.model.ConfigException;
import io.dossier.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine;

/** The {@code --store} option: reading it, and checks shared by the read-only commands. */
final class Stores {

  private Stores() {}

  /** Reads {@code --store} with {@link StoreLocation#parse}: a folder or a postgresql:// URL. */
  static final class LocationConverter implements CommandLine.ITypeConverter<StoreLocation> {
    @Override
    public StoreLocation convert(String value) {
      try {
        return StoreLocation.parse(value);
      } catch (ConfigException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * Fails with a one-line message when {@code store} is a folder holding no knowledge base. A
   * PostgreSQL database is checked by opening it (an empty one becomes an empty store).
   */
  static void requireExisting(StoreLocation store) {
    if (store instanceof StoreLocation.Folder folder) {
      requireExisting(folder.path());
    }
  }

  /** Fails with a one-line message when {@code dir} holds no knowledge base. */
  static void requireExisting(Path dir) {
    if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("dossier.sqlite"))) {
      throw new ConfigException(
          "no Dossier knowledge base at "
              + dir
              + "; create one with 'dossier ingest PATH --store "
              + dir
              + "'");
    }
  }

  /** {@code documents.jsonl 24, entities.jsonl 80, …}. */
  static String describe(Map<String, Long> counts) {
    StringJoiner j = new StringJoiner(", ");
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> j.add(e.getKey() + " " + e.getValue()));
    return j.toString();
  }
}
