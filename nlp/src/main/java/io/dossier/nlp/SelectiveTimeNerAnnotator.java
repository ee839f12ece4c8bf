// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's {@code ner} annotator with SUTime and the numeric classifiers, which runs them only on
 * the sentences where {@link TimeCandidates} says a time expression is possible; the other
 * sentences get the statistical NER alone, from a second annotator built with the same properties
 * except {@code ner.useSUTime} and {@code ner.applyNumericClassifiers}.
 *
 * <p>Everything else is the stock annotator's, per document: the NER-specific tokenization, the
 * SUTime time index and document date, the transfer of tags back to the tokens and the entity
 * mentions. On a sentence that passes, the output is exactly the stock annotator's. On one that
 * does not, the 4-class tags are the same (the numeric classifiers only fill tokens the CRF left
 * {@code O}) and there is no time expression by construction of the anchors; what is lost are
 * NUMBER, MONEY, PERCENT and ORDINAL tags, which Dossier does not report ({@link CoreNlpAnnotator}
 * maps them to {@code O} and builds no mention from them).
 *
 * <p>Within a sentence that passes, SUTime itself is given only the tokens around the anchors
 * ({@link WindowedTimeExtractor}); the statistical NER, the numeric classifiers and the merging of
 * their tags still see the whole sentence.
 */
final class SelectiveTimeNerAnnotator extends NERCombinerAnnotator {

  private final NERCombinerAnnotator withoutTimes;

  /**
   * @param properties the pipeline properties with SUTime and the numeric classifiers on
   * @param timeMargin tokens SUTime is given on each side of a time anchor ({@link
   *     WindowedTimeExtractor}), or 0 to give it whole sentences
   */
  SelectiveTimeNerAnnotator(Properties properties, int timeMargin) throws IOException {
    super(properties);
    Properties lean = (Properties) properties.clone();
    lean.setProperty("ner.useSUTime", "false");
    lean.setProperty("ner.applyNumericClassifiers", "false");
    this.withoutTimes = new NERCombinerAnnotator(lean);
    if (timeMargin > 0) {
      windowTimeExtractor(this, timeMargin);
    }
  }

  /**
   * Replaces the SUTime extractor inside {@code annotator} ({@code NERCombinerAnnotator.ner} →
   * {@code NERClassifierCombiner.nsc} → {@code NumberSequenceClassifier.timexExtractor}, none of
   * which CoreNLP exposes) with a {@link WindowedTimeExtractor} around it.
   */
  private static void windowTimeExtractor(NERCombinerAnnotator annotator, int margin) {
    Object combiner = CoreNlpInternals.read(NERCombinerAnnotator.class, "ner", annotator);
    Object numbers = CoreNlpInternals.read(NERClassifierCombiner.class, "nsc", combiner);
    if (!(numbers instanceof NumberSequenceClassifier)) {
      throw new IllegalStateException(
          "the ner annotator's numeric classifier is a "
              + numbers.getClass().getName()
              + ", not CoreNLP's NumberSequenceClassifier");
    }
    Object extractor =
        CoreNlpInternals.read(NumberSequenceClassifier.class, "timexExtractor", numbers);
    if (!(extractor instanceof TimeExpressionExtractor sutime)) {
      throw new IllegalStateException("SUTime is not on in the ner annotator");
    }
    CoreNlpInternals.write(
        NumberSequenceClassifier.class,
        "timexExtractor",
        numbers,
        new WindowedTimeExtractor(sutime, margin));
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    boolean number = false;
    for (CoreLabel token : tokens) {
      words.add(token.word());
      number |= TimeCandidates.mayBeNumber(token.word(), token.tag());
    }
    if (number || TimeCandidates.mayContainTime(words)) {
      super.doOneSentence(annotation, sentence);
    } else {
      withoutTimes.doOneSentence(annotation, sentence);
    }
  }
}
