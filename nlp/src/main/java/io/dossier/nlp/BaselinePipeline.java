// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.dossier.model.DossierException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP run as a user would run it with stock settings, for benchmark comparisons only: the
 * annotator list is given, every other property is CoreNLP's default. Dossier never uses its
 * output.
 */
public final class BaselinePipeline {

  /** The annotators of CoreNLP's default English pipeline. */
  public static final String DEFAULT_ANNOTATORS =
      "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;
  private final String annotators;

  private BaselinePipeline(StanfordCoreNLP pipeline, String annotators) {
    this.pipeline = pipeline;
    this.annotators = annotators;
  }

  /** Builds (loads the models of) a stock pipeline with the given annotators. */
  public static BaselinePipeline create(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    try {
      return new BaselinePipeline(new StanfordCoreNLP(props), annotators);
    } catch (RuntimeException e) {
      throw new DossierException(
          "cannot build the CoreNLP baseline pipeline '" + annotators + "': " + e.getMessage(), e);
    }
  }

  /** The annotator list. */
  public String annotators() {
    return annotators;
  }

  /**
   * Annotates one text (thread-safe) and returns its token count.
   *
   * @param date the document date, as Dossier gives it to SUTime, or null
   */
  public int annotate(String text, @Nullable LocalDate date) {
    Annotation annotation = new Annotation(text);
    if (date != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    pipeline.annotate(annotation);
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
