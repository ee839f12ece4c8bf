// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free annotator (as the engine tests use): whitespace tokens, one sentence, and the
 * phrases of {@code names} tagged with their NER label, longest first. Fails on texts containing
 * {@code FAIL}.
 */
final class FakeAnnotation implements TextAnnotation {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private final Map<String, String> names;

  FakeAnnotation(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(
        Layer.TOKENS,
        Layer.SENTENCES,
        Layer.POS,
        Layer.LEMMAS,
        Layer.NER,
        Layer.TIMES,
        Layer.DEPENDENCIES);
  }

  @Override
  public AnnotatedText annotate(Article article) {
    String text = article.text();
    if (text.contains("FAIL")) {
      throw new IllegalStateException("annotator exploded");
    }
    List<Span> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end - m.start() > 1 && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      words.add(new Span(m.start(), end));
    }
    int longest = names.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    String[] tags = new String[words.size()];
    List<NerMention> ner = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          phrase.append(k > i ? " " : "").append(words.get(k).of(text));
        }
        String label = names.get(phrase.toString());
        if (label != null) {
          Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
          ner.add(new NerMention(span, span.of(text), label, i, i + n));
          for (int k = i; k < i + n; k++) {
            tags[k] = label;
          }
          i += n - 1;
          break;
        }
      }
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).of(text);
      tokens.add(new Token(i, words.get(i), word, word, "NNP", tags[i] == null ? "O" : tags[i], 0));
    }
    List<Sentence> sentences =
        List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size()));
    return new AnnotatedText(
        article.id(), text, tokens, sentences, ner, List.of(), List.of(), provides());
  }
}
