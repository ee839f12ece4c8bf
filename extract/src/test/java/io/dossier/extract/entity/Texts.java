// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an {@link AnnotatedText} by hand for tests: a simple tokenizer that keeps character
 * offsets, splits off {@code 's} as CoreNLP does, keeps common title abbreviations ("Gen.") and
 * hyphenated words ("al-Zintani") in one token, and ends a sentence at ". ! ?"; NER spans are
 * marked by token text.
 *
 * <pre>{@code
 * Texts.of("d1", "Field Marshal Karim Tarhouni's forces advanced.")
 *     .ner("Marshal Karim Tarhouni", "PERSON")
 *     .build();
 * }</pre>
 */
final class Texts {

  private static final Pattern SPLIT_POSSESSIVE =
      Pattern.compile(
          "(?:[A-Z]\\.){2,}"
              + "|(?:Gen|Lt|Maj|Brig|Col|Capt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|Jr|Corp)\\.(?=\\s|$)"
              + "|['’][sS]\\b"
              + "|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+|['’](?![sS]\\b)[\\p{L}\\p{N}]+)*"
              + "|\\S",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** The same, but "Tarhouni's" stays one token (some tokenizers do not split possessives). */
  private static final Pattern KEEP_POSSESSIVE =
      Pattern.compile(
          "(?:[A-Z]\\.){2,}"
              + "|(?:Gen|Lt|Maj|Brig|Col|Capt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|Jr|Corp)\\.(?=\\s|$)"
              + "|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+|['’][\\p{L}\\p{N}]+)*"
              + "|\\S",
          Pattern.UNICODE_CHARACTER_CLASS);

  private Texts() {}

  /** Starts a text with the given document id. */
  static Builder of(String document, String text) {
    return new Builder(document, text);
  }

  /** Splits text into (start, end) token offsets. */
  static List<int[]> tokenize(String text, boolean splitPossessive) {
    Matcher m = (splitPossessive ? SPLIT_POSSESSIVE : KEEP_POSSESSIVE).matcher(text);
    List<int[]> out = new ArrayList<>();
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** Builder of one annotated text. */
  static final class Builder {
    private final String document;
    private final String text;
    private boolean splitPossessive = true;
    private boolean mentions = true;
    private final List<Object[]> marks = new ArrayList<>();
    private final List<NerMention> raw = new ArrayList<>();

    private Builder(String document, String text) {
      this.document = document;
      this.text = text;
    }

    /** Keeps "'s" inside the preceding token. */
    Builder keepPossessives() {
      splitPossessive = false;
      return this;
    }

    /** Sets the tokens' NER tags but leaves the NER mention list empty. */
    Builder tagsOnly() {
      mentions = false;
      return this;
    }

    /** Marks the next occurrence of {@code phrase} (by tokens) that is not marked yet. */
    Builder ner(String phrase, String type) {
      marks.add(new Object[] {phrase, type, 0});
      return this;
    }

    /** Marks every unmarked occurrence of {@code phrase}. */
    Builder nerAll(String phrase, String type) {
      marks.add(new Object[] {phrase, type, -1});
      return this;
    }

    /** Marks the {@code occurrence}-th (1-based) occurrence of {@code phrase}, marked or not. */
    Builder nerAt(String phrase, String type, int occurrence) {
      marks.add(new Object[] {phrase, type, occurrence});
      return this;
    }

    /** Adds an NER mention exactly as given, without checking it against the tokens. */
    Builder rawNer(NerMention mention) {
      raw.add(mention);
      return this;
    }

    AnnotatedText build() {
      List<int[]> offsets = tokenize(text, splitPossessive);
      String[] words = new String[offsets.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = text.substring(offsets.get(i)[0], offsets.get(i)[1]);
      }
      String[] tags = new String[words.length];
      Arrays.fill(tags, "O");
      List<NerMention> ner = new ArrayList<>();
      for (Object[] mark : marks) {
        String phrase = (String) mark[0];
        String type = (String) mark[1];
        int which = (Integer) mark[2]; // 0: next unmarked, -1: all unmarked, n: n-th occurrence
        List<String> wanted = new ArrayList<>();
        for (int[] o : tokenize(phrase, splitPossessive)) {
          wanted.add(phrase.substring(o[0], o[1]));
        }
        boolean found = false;
        int seen = 0;
        for (int i = 0; i + wanted.size() <= words.length; i++) {
          boolean here =
              which > 0
                  ? matches(words, i, wanted) && ++seen == which
                  : unmarked(words, tags, i, wanted);
          if (here) {
            int end = i + wanted.size();
            for (int t = i; t < end; t++) {
              tags[t] = type;
            }
            int start = offsets.get(i)[0];
            int stop = offsets.get(end - 1)[1];
            ner.add(
                new NerMention(new Span(start, stop), text.substring(start, stop), type, i, end));
            found = true;
            if (which >= 0) {
              break;
            }
          }
        }
        if (!found) {
          throw new IllegalArgumentException("no unmarked '" + phrase + "' in: " + text);
        }
      }
      ner.addAll(raw);
      ner.sort(Comparator.comparingInt(m -> m.span().start()));

      List<Token> tokens = new ArrayList<>();
      List<Sentence> sentences = new ArrayList<>();
      int sentence = 0;
      int first = 0;
      for (int i = 0; i < words.length; i++) {
        int[] o = offsets.get(i);
        tokens.add(new Token(i, new Span(o[0], o[1]), words[i], null, null, tags[i], sentence));
        boolean last = i == words.length - 1;
        if (last || words[i].equals(".") || words[i].equals("!") || words[i].equals("?")) {
          Span span = new Span(offsets.get(first)[0], o[1]);
          sentences.add(new Sentence(sentence, span, first, i + 1));
          sentence++;
          first = i + 1;
        }
      }
      return new AnnotatedText(
          document,
          text,
          tokens,
          sentences,
          mentions ? ner : List.of(),
          List.of(),
          List.of(),
          Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NER));
    }

    private static boolean matches(String[] words, int at, List<String> wanted) {
      for (int k = 0; k < wanted.size(); k++) {
        if (!words[at + k].equals(wanted.get(k))) {
          return false;
        }
      }
      return true;
    }

    private static boolean unmarked(String[] words, String[] tags, int at, List<String> wanted) {
      if (!matches(words, at, wanted)) {
        return false;
      }
      for (int k = 0; k < wanted.size(); k++) {
        if (!tags[at + k].equals("O")) {
          return false;
        }
      }
      return true;
    }
  }
}
