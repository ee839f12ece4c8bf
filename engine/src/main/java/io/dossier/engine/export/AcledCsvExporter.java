// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import io.dossier.model.ActorRole;
import io.dossier.model.Casualties;
import io.dossier.model.CasualtyReport;
import io.dossier.model.Event;
import io.dossier.model.EventLocation;
import io.dossier.model.Modality;
import io.dossier.model.Participant;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the ACLED-style CSV of the contract: one row per merged event.
 *
 * <ul>
 *   <li>{@code time_precision}: 1 day, 2 week, 3 month or coarser (and unknown dates, whose {@code
 *       event_date} is empty);
 *   <li>{@code actor1} / {@code actor2}: source and target actors, several joined by {@code "; "};
 *   <li>{@code geo_precision}: 1 when the event is reported in the geocoded place itself, 2 when
 *       near or beside it ("west of"), empty without coordinates;
 *   <li>{@code fatalities}: the most conservative (lowest) reported figure, 0 when none is reported
 *       (ACLED's convention; {@code notes} then says so);
 *   <li>{@code notes}: disagreeing figures with their sources, the modality when it is not
 *       asserted, and an unknown date's basis.
 * </ul>
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

  /** Writes the CSV of every event in {@code kb} to {@code file}; returns the number of rows. */
  public long export(KnowledgeBase kb, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long[] rows = {0};
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeRow(out, COLUMNS);
      kb.forEachEvent(
          e -> {
            try {
              writeRow(out, row(e));
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
            rows[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rows[0];
  }

  /** The CSV fields of one event. */
  static List<String> row(Event e) {
    EventLocation place = e.location();
    boolean located = place != null && place.geocode() != null;
    Casualties dead = e.fatalities();
    return List.of(
        e.id(),
        e.date().value() == null ? "" : e.date().value(),
        switch (e.date().precision()) {
          case DAY -> "1";
          case WEEK -> "2";
          default -> "3";
        },
        e.type().name(),
        e.mode() == null ? "" : e.mode(),
        actors(e, ActorRole.SOURCE),
        actors(e, ActorRole.TARGET),
        place == null ? "" : place.name(),
        located ? coordinate(place.geocode().lat()) : "",
        located ? coordinate(place.geocode().lon()) : "",
        located ? (place.relation().equals("in") || place.relation().equals("at") ? "1" : "2") : "",
        dead == null ? "0" : Integer.toString(dead.conservative()),
        String.join("; ", e.sources()),
        notes(e));
  }

  private static String actors(Event e, ActorRole role) {
    return e.actors().stream()
        .filter(a -> a.role() == role)
        .map(Participant::name)
        .collect(Collectors.joining("; "));
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }

  private static String notes(Event e) {
    List<String> notes = new ArrayList<>();
    disputed("fatalities", e.fatalities(), notes);
    disputed("injured", e.injured(), notes);
    if (e.fatalities() == null) {
      notes.add("no fatality figure reported");
    }
    if (e.modality() != Modality.ASSERTED) {
      notes.add("modality: " + e.modality().wire());
    }
    if (e.date().value() == null) {
      notes.add("date unknown: " + e.date().basis());
    }
    notes.add("independent sources: " + e.independentSources());
    return String.join(". ", notes);
  }

  private static void disputed(String what, @Nullable Casualties c, List<String> notes) {
    if (c == null || !c.disputed()) {
      return;
    }
    String reports =
        c.reports().stream().map(AcledCsvExporter::report).collect(Collectors.joining(", "));
    notes.add(
        what + " disputed: " + reports + "; coded " + c.conservative() + " (" + c.rule() + ")");
  }

  private static String report(CasualtyReport r) {
    String value =
        r.count().low() == r.count().high()
            ? Integer.toString(r.count().low())
            : r.count().low() + "-" + r.count().high();
    return value
        + " ("
        + (r.outlet() == null ? r.document() : r.outlet() + ", " + r.document())
        + (r.duplicateOf() == null ? "" : ", copy of " + r.duplicateOf())
        + ")";
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
