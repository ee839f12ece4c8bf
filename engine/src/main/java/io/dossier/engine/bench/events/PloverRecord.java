// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.ConfigException;
import io.dossier.model.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One record of the PLOVER gold-standard file ({@code gsr.jsonl}): a sentence with its coded event
 * type, source and target actor texts and casualty counts.
 *
 * @param id record id ({@code PLOVER-GSR01-AGREE-0002})
 * @param text the sentence
 * @param event the PLOVER (2016) event type name
 * @param sources source actor texts
 * @param targets target actor texts
 * @param dead coded fatalities, if given
 * @param injured coded injured, if given
 */
public record PloverRecord(
    String id,
    String text,
    String event,
    List<String> sources,
    List<String> targets,
    @Nullable Integer dead,
    @Nullable Integer injured) {

  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /**
   * Whether the record belongs to the development half: the final number of its id is even. Rules
   * are developed and errors analysed on this half only; the odd half is held out.
   */
  public boolean development() {
    Matcher m = LAST_NUMBER.matcher(id);
    if (!m.find()) {
      throw new InvalidInputException("record id without a number: " + id);
    }
    return Integer.parseInt(m.group(1)) % 2 == 0;
  }

  /** Whether the record codes casualties. */
  public boolean hasCasualties() {
    return dead != null || injured != null;
  }

  /** Reads every record of a {@code gsr.jsonl} file. */
  public static List<PloverRecord> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          "PLOVER gold standard not found at " + file + "; pass --data FILE (plover/gsr.jsonl)");
    }
    List<PloverRecord> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          throw new InvalidInputException(file + ":" + lineNo + ": not a JSON object", e);
        }
        if (!n.hasNonNull("id") || !n.hasNonNull("text") || !n.hasNonNull("event")) {
          throw new InvalidInputException(file + ":" + lineNo + ": needs id, text and event");
        }
        out.add(
            new PloverRecord(
                n.get("id").asText(),
                n.get("text").asText(),
                n.get("event").asText(),
                actors(n.get("source")),
                actors(n.get("target")),
                n.hasNonNull("dead") ? n.get("dead").asInt() : null,
                n.hasNonNull("injured") ? n.get("injured").asInt() : null));
      }
    }
    return out;
  }

  private static List<String> actors(@Nullable JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode a : list) {
        if (a.hasNonNull("actorText") && !a.get("actorText").asText().isBlank()) {
          out.add(a.get("actorText").asText());
        }
      }
    }
    return out;
  }
}
