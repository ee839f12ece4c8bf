// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.model.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;

/** Checks on the {@code --store} option shared by the read-only commands. */
final class Stores {

  private Stores() {}

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
