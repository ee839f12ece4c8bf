// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * SUTime over the parts of a sentence around its time anchors: a {@link TimeExpressionExtractor}
 * that gives CoreNLP's own extractor (which it wraps) one window of tokens at a time, each window
 * being the tokens within {@link #margin} tokens of an anchor ({@link TimeCandidates#isAnchor}, or
 * a possible number, {@link TimeCandidates#mayBeNumber}), with windows that nearly touch merged. A
 * sentence whose windows would cover most of it is given whole, as before.
 *
 * <p>Why the output stays the same. SUTime's token rules try a pattern at every start position of
 * what they are given, for each of several hundred rules, and build a matcher state (with two
 * 512-slot tables) at each, so its cost grows with the number of tokens it sees, whether or not
 * they can be part of a time expression. Every time expression and every number SUTime finds
 * contains an anchor ({@link TimeCandidates}), and the rules that look around an expression look
 * only a few tokens away: a past-tense verb or "have", a modal or "going to" within two tokens of
 * it ("resolveTo" past or future, which changes the value), "in the morning", "p.m.". What decides
 * the margin is how far an expression reaches before its first anchor ("at least a couple of years"
 * starts five tokens before "years") plus that context. On all 924 PolNeAR articles the output was
 * identical to whole sentences with margins 6, 8 and 10 and differed in two articles with 4 ("at
 * least" cut off; a date resolved without its verb); {@link #DEFAULT_MARGIN} is 10. The results of
 * the windows are the sentence's (token offsets are the document's, as for a sentence), and the
 * numbers SUTime merged ({@code NumerizedTokensAnnotation}, which the numeric classifiers read
 * next) are set on the sentence as the stock extractor does. {@code WindowedTimeExtractorIT} checks
 * on the sample corpus that every token's tag, the entity mentions and the time expressions are
 * those of SUTime on whole sentences.
 *
 * <p>Thread safety: as the wrapped extractor (CoreNLP's is used from several threads at once by its
 * own pipeline); this class keeps no state of its own besides its configuration.
 */
final class WindowedTimeExtractor implements TimeExpressionExtractor {

  /** Tokens kept on each side of an anchor (see the class comment for why 10). */
  static final int DEFAULT_MARGIN = 10;

  private final TimeExpressionExtractor delegate;
  private final int margin;

  /**
   * @param delegate CoreNLP's extractor, as configured by the {@code ner} annotator
   * @param margin tokens kept on each side of an anchor (at least 1)
   */
  WindowedTimeExtractor(TimeExpressionExtractor delegate, int margin) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (margin < 1) {
      throw new IllegalArgumentException("margin must be at least 1, was " + margin);
    }
    this.margin = margin;
  }

  @Override
  public void init(String name, Properties props) {
    delegate.init(name, props);
  }

  @Override
  public void init(Options options) {
    delegate.init(options);
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
    return delegate.extractTimeExpressionCoreMaps(sentence, docDate);
  }

  @Override
  public void finalize(CoreMap document) {
    delegate.finalize(document);
  }

  @Override
  public @Nullable List<CoreMap> extractTimeExpressionCoreMaps(
      CoreMap sentence, @Nullable CoreMap document) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (tokens == null
        || text == null
        || sentenceBegin == null
        || firstToken == null
        || sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)) {
      return delegate.extractTimeExpressionCoreMaps(sentence, document);
    }
    List<int[]> windows = windows(tokens, margin);
    if (windows.isEmpty()
        || covered(windows, tokens.size())
        || !aligned(tokens, text, sentenceBegin)) {
      return delegate.extractTimeExpressionCoreMaps(sentence, document);
    }
    List<CoreMap> found = new ArrayList<>();
    List<CoreMap> numbers = new ArrayList<>();
    for (int[] w : windows) {
      CoreMap window = window(sentence, tokens, text, sentenceBegin, firstToken, w[0], w[1]);
      List<CoreMap> times = delegate.extractTimeExpressionCoreMaps(window, document);
      if (times != null) {
        found.addAll(times);
      }
      List<CoreMap> merged = window.get(CoreAnnotations.NumerizedTokensAnnotation.class);
      if (merged != null) {
        numbers.addAll(merged);
      }
    }
    sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
    return found;
  }

  /** Whether every token's characters lie inside the sentence text (they do for CoreNLP's). */
  private static boolean aligned(List<CoreLabel> tokens, String text, int sentenceBegin) {
    return !tokens.isEmpty()
        && tokens.get(0).beginPosition() >= sentenceBegin
        && tokens.get(tokens.size() - 1).endPosition() - sentenceBegin <= text.length();
  }

  /** Whether the windows leave fewer than a fifth of the tokens out (then SUTime gets it all). */
  private static boolean covered(List<int[]> windows, int size) {
    int in = 0;
    for (int[] w : windows) {
      in += w[1] - w[0];
    }
    return in * 5 >= size * 4;
  }

  /**
   * The token ranges [begin, end) within {@code margin} tokens of an anchor, in order; two ranges
   * closer than {@code margin} tokens are merged (fewer, longer calls; more context never hurts).
   */
  static List<int[]> windows(List<CoreLabel> tokens, int margin) {
    List<int[]> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      CoreLabel token = tokens.get(i);
      String word = token.word();
      if (word == null
          || !(TimeCandidates.isAnchor(word) || TimeCandidates.mayBeNumber(word, token.tag()))) {
        continue;
      }
      int begin = Math.max(0, i - margin);
      int end = Math.min(n, i + margin + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && begin <= last[1] + margin) {
        last[1] = Math.max(last[1], end);
      } else {
        out.add(new int[] {begin, end});
      }
    }
    return out;
  }

  /**
   * A sentence of the tokens [begin, end), shaped like the sentences CoreNLP gives SUTime: its text
   * (the sentence text between the first and the last token), character and token offsets in the
   * document, and the sentence's own tokens.
   */
  private static CoreMap window(
      CoreMap sentence,
      List<CoreLabel> tokens,
      String text,
      int sentenceBegin,
      int firstToken,
      int begin,
      int end) {
    int charBegin = tokens.get(begin).beginPosition();
    int charEnd = tokens.get(end - 1).endPosition();
    Annotation window =
        new Annotation(text.substring(charBegin - sentenceBegin, charEnd - sentenceBegin));
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charBegin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
    window.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(begin, end));
    window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + begin);
    window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + end);
    Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (index != null) {
      window.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    }
    return window;
  }
}
