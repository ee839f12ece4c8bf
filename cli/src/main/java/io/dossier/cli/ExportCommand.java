// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier export --store DIR --format jsonl|acled-csv|geojson --out PATH}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the knowledge base as JSON Lines files, an ACLED-style CSV of events, or GeoJSON"
            + " of located events.")
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format {
    jsonl,
    @SuppressWarnings("checkstyle:MemberName")
    acled_csv,
    geojson;

    @Override
    public String toString() {
      return name().replace('_', '-');
    }
  }

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      converter = Stores.LocationConverter.class,
      description =
          "Knowledge-base folder, or PostgreSQL database"
              + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE (user and password also"
              + " from PGUSER, PGPASSWORD).")
  StoreLocation store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "jsonl (a folder of .jsonl files), acled-csv (one CSV file, one row per event) or"
              + " geojson (one file of the events whose place a gazetteer located).")
  Format format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Output folder (jsonl) or file (acled-csv, geojson).")
  Path out;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Stores.requireExisting(store);
    PrintWriter stdout = spec.commandLine().getOut();
    try (Engine engine = Engine.open(new EngineConfig(store, 1))) {
      if (format == Format.jsonl) {
        JsonlExporter.Result result = engine.exportJsonl(out);
        stdout.println("exported to " + out + ": " + Stores.describe(result.lines()));
      } else if (format == Format.acled_csv) {
        long rows = engine.exportAcledCsv(out);
        stdout.println("exported " + rows + " events to " + out);
      } else {
        long features = engine.exportGeoJson(out);
        stdout.println("exported " + features + " located events to " + out);
      }
    }
    return 0;
  }

  /** Accepts {@code jsonl} and {@code acled-csv}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equals(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown format '" + value + "' (expected jsonl, acled-csv or geojson)");
    }
  }
}
