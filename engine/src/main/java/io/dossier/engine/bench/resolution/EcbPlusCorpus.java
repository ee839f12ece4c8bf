// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.ConfigException;
import io.dossier.model.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ECB+ corpus as converted in {@code shared/data/ecbplus}: {@code documents.jsonl} and {@code
 * mentions.jsonl} (see that folder's README). Read at run time only; the data never enter the
 * repository.
 *
 * @param documents the documents, in document-id order
 * @param mentions every annotated mention, in file order
 */
public record EcbPlusCorpus(
    List<EcbPlusCorpus.Document> documents, List<EcbPlusCorpus.Mention> mentions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public EcbPlusCorpus {
    documents = List.copyOf(documents);
    mentions = List.copyOf(mentions);
  }

  /**
   * One document.
   *
   * @param id document id, e.g. {@code 1_10ecbplus}
   * @param topic topic number
   * @param collection {@code ecb} or {@code ecbplus}
   * @param text the text, one sentence per line
   * @param sentenceStarts character offsets where sentences start
   * @param corefSentences sentence numbers selected for coreference annotation
   */
  public record Document(
      String id,
      int topic,
      String collection,
      String text,
      Set<Integer> sentenceStarts,
      Set<Integer> corefSentences) {

    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(collection, "collection");
      Objects.requireNonNull(text, "text");
      sentenceStarts = Set.copyOf(sentenceStarts);
      corefSentences = Set.copyOf(corefSentences);
    }
  }

  /**
   * One annotated mention.
   *
   * @param document document id
   * @param id the corpus' markable id, unique within the document
   * @param kind annotation tag, e.g. {@code HUMAN_PART_PER}
   * @param start start offset in the document text
   * @param end end offset (exclusive)
   * @param text covered text
   * @param sentence corpus sentence number
   * @param instance gold chain id; {@code null} for a singleton
   */
  public record Mention(
      String document,
      String id,
      String kind,
      int start,
      int end,
      String text,
      int sentence,
      @Nullable String instance) {

    public Mention {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Reads the corpus from {@code dir}.
   *
   * @throws ConfigException when the folder or one of its two files is missing
   * @throws InvalidInputException when a line is not a valid record (the message names file and
   *     line)
   */
  public static EcbPlusCorpus read(Path dir) {
    Path docs = dir.resolve("documents.jsonl");
    Path ments = dir.resolve("mentions.jsonl");
    for (Path p : List.of(docs, ments)) {
      if (!Files.isRegularFile(p)) {
        throw new ConfigException(
            "ECB+ data not found: "
                + p
                + " is missing; pass --ecbplus DIR with documents.jsonl and mentions.jsonl");
      }
    }
    List<Document> documents = readLines(docs, EcbPlusCorpus::document);
    documents.sort(Comparator.comparing(Document::id));
    return new EcbPlusCorpus(documents, readLines(ments, EcbPlusCorpus::mention));
  }

  private static <T> List<T> readLines(Path file, Function<JsonNode, T> parse) {
    List<T> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse.apply(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new InvalidInputException(file + ":" + lineNo + ": not a valid record: " + e, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static Document document(JsonNode n) {
    Set<Integer> starts = new HashSet<>();
    for (JsonNode s : required(n, "sentences")) {
      starts.add(s.get(1).asInt());
    }
    Set<Integer> coref = new HashSet<>();
    for (JsonNode s : required(n, "coref_sentences")) {
      coref.add(s.asInt());
    }
    return new Document(
        required(n, "id").asText(),
        required(n, "topic").asInt(),
        required(n, "collection").asText(),
        required(n, "text").asText(),
        starts,
        coref);
  }

  private static Mention mention(JsonNode n) {
    JsonNode instance = n.get("instance");
    return new Mention(
        required(n, "document").asText(),
        required(n, "mention_id").asText(),
        required(n, "kind").asText(),
        required(n, "start").asInt(),
        required(n, "end").asInt(),
        required(n, "text").asText(),
        required(n, "sentence").asInt(),
        instance == null || instance.isNull() ? null : instance.asText());
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return v;
  }
}
