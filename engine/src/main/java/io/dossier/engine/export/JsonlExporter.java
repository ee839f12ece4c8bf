// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.ResolvedMention;
import io.dossier.model.TimeExpression;
import io.dossier.store.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Lines export of the contract: {@code documents}, {@code entities}, {@code
 * mentions}, {@code events}, {@code claims} and {@code relations}, plus the extension {@code
 * times}. Streams page by page, so memory does not grow with the store.
 */
public final class JsonlExporter {
  private static final int PAGE = 500;

  /** The files written, in order. */
  public static final List<String> FILES =
      List.of(
          "documents.jsonl",
          "entities.jsonl",
          "mentions.jsonl",
          "events.jsonl",
          "claims.jsonl",
          "relations.jsonl",
          "times.jsonl");

  private final ObjectWriter writer = Json.mapper().writer();

  /** Export counts per file. */
  public record Result(Map<String, Long> lines) {}

  /** Writes every file into {@code outDir} (created if missing). */
  public Result export(KnowledgeBase kb, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    long documents = 0;
    long mentions = 0;
    long times = 0;
    long entities = 0;
    try (Writer docs = open(outDir, "documents.jsonl");
        Writer ments = open(outDir, "mentions.jsonl");
        Writer tms = open(outDir, "times.jsonl")) {
      for (int offset = 0; ; offset += PAGE) {
        List<Article> page = kb.documents(offset, PAGE);
        for (Article a : page) {
          line(docs, Wire.Document.of(a));
          documents++;
          for (ResolvedMention m : kb.mentionsOfDocument(a.id())) {
            line(ments, Wire.MentionRecord.of(m));
            mentions++;
          }
          for (TimeExpression t : kb.times(a.id())) {
            line(tms, Wire.TimeRecord.of(a.id(), t));
            times++;
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    try (Writer ents = open(outDir, "entities.jsonl")) {
      for (int offset = 0; ; offset += PAGE) {
        List<Entity> page = kb.entities(offset, PAGE);
        for (Entity e : page) {
          line(ents, Wire.EntityRecord.of(e));
          entities++;
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    long[] events = {0};
    try (Writer out = open(outDir, "events.jsonl")) {
      kb.forEachEvent(
          e -> {
            lineUnchecked(out, FactWire.EventRecord.of(e));
            events[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long[] claims = {0};
    try (Writer out = open(outDir, "claims.jsonl")) {
      String[] text = {null, null};
      kb.forEachClaim(
          c -> {
            if (!c.document().equals(text[0])) {
              text[0] = c.document();
              text[1] = kb.document(c.document()).map(Article::text).orElse("");
            }
            lineUnchecked(out, FactWire.ClaimRecord.of(c, text[1]));
            claims[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long[] relations = {0};
    try (Writer out = open(outDir, "relations.jsonl")) {
      kb.forEachRelation(
          r -> {
            lineUnchecked(out, FactWire.RelationRecord.of(r));
            relations[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Result(
        Map.of(
            "documents.jsonl", documents,
            "entities.jsonl", entities,
            "mentions.jsonl", mentions,
            "times.jsonl", times,
            "events.jsonl", events[0],
            "claims.jsonl", claims[0],
            "relations.jsonl", relations[0]));
  }

  private static Writer open(Path dir, String name) throws IOException {
    return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private void lineUnchecked(Writer out, Object record) {
    try {
      line(out, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(Writer out, Object record) throws IOException {
    try {
      out.write(writer.writeValueAsString(record));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialize " + record.getClass().getSimpleName(), e);
    }
    out.write('\n');
  }
}
