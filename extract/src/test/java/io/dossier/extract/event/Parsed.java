// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.Layer;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a one-sentence parsed {@link AnnotatedText} by hand, one token per line in a CoNLL-like
 * form {@code word lemma POS head:relation[|head:relation…]} with 1-based heads (0 is the root):
 *
 * <pre>{@code
 * Parsed.of("Rebels shelled Dorsk.")
 *     .tokens(
 *         "Rebels rebel NNS 2:nsubj",
 *         "shelled shell VBD 0:root",
 *         "Dorsk Dorsk NNP 2:obj",
 *         ". . . 2:punct")
 *     .entity("Dorsk", EntityType.LOCATION);
 * }</pre>
 *
 * Tokens are found in the text in order, so every span is exact.
 */
final class Parsed {
  private final String text;
  private final List<String[]> rows = new ArrayList<>();
  private final List<Object[]> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  private Parsed(String text) {
    this.text = text;
  }

  static Parsed of(String text) {
    return new Parsed(text);
  }

  Parsed tokens(String... lines) {
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      if (f.length != 4) {
        throw new IllegalArgumentException("need 'word lemma POS head:rel', got: " + line);
      }
      rows.add(f);
    }
    return this;
  }

  /** A local entity with one mention at the first occurrence of {@code phrase}. */
  Parsed entity(String phrase, EntityType type) {
    entities.add(new Object[] {phrase, type});
    return this;
  }

  /** A DATE expression at the first occurrence of {@code phrase}. */
  Parsed time(String phrase, @Nullable String value) {
    int at = text.indexOf(phrase);
    if (at < 0) {
      throw new IllegalArgumentException("no '" + phrase + "' in: " + text);
    }
    times.add(new TimeExpression(new Span(at, at + phrase.length()), phrase, "DATE", value));
    return this;
  }

  List<LocalEntity> entities() {
    List<LocalEntity> out = new ArrayList<>();
    for (Object[] e : entities) {
      String phrase = (String) e[0];
      int at = text.indexOf(phrase);
      Span span = new Span(at, at + phrase.length());
      EntityMention m =
          new EntityMention(
              new Provenance("d1", span, "test", "1"),
              phrase,
              (EntityType) e[1],
              null,
              "canonical");
      out.add(new LocalEntity(out.size(), (EntityType) e[1], phrase, null, List.of(m)));
    }
    return out;
  }

  List<TimeExpression> times() {
    return List.copyOf(times);
  }

  AnnotatedText text() {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int cursor = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      int start = text.indexOf(f[0], cursor);
      if (start < 0) {
        throw new IllegalArgumentException("token '" + f[0] + "' not found after " + cursor);
      }
      Span span = new Span(start, start + f[0].length());
      cursor = span.end();
      tokens.add(new Token(i, span, f[0], f[1], f[2], nerAt(span), 0));
      for (String edge : f[3].split("\\|")) {
        int colon = edge.indexOf(':');
        int head = Integer.parseInt(edge.substring(0, colon));
        deps.add(new Dependency(head - 1, i, edge.substring(colon + 1)));
      }
    }
    return new AnnotatedText(
        "d1",
        text,
        tokens,
        List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size())),
        List.of(),
        times,
        deps,
        Set.of(
            Layer.TOKENS,
            Layer.SENTENCES,
            Layer.POS,
            Layer.LEMMAS,
            Layer.NER,
            Layer.DEPENDENCIES,
            Layer.TIMES));
  }

  private String nerAt(Span token) {
    for (Object[] e : entities) {
      String phrase = (String) e[0];
      int at = text.indexOf(phrase);
      if (at <= token.start() && token.end() <= at + phrase.length()) {
        return ((EntityType) e[1]).name();
      }
    }
    return "O";
  }
}
