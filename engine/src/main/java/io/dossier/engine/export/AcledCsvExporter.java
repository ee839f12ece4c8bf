// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the ACLED-style CSV of the contract: one row per event. Event extraction arrives with the
 * events stage; until then a store holds no events and the file has the header row only.
 */
public final class AcledCsvExporter {

  /** The contract's columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id",
          "event_date",
          "time_precision",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "fatalities",
          "source",
          "notes");

  /** Writes the CSV to {@code file}; returns the number of event rows. */
  public long export(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeRow(out, COLUMNS);
    }
    return 0;
  }

  /** Writes one RFC 4180 row: fields with comma, quote or line break are quoted. */
  static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
