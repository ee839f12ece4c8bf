// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Layer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The translation of {@link NlpConfig} into CoreNLP properties; loads no models. */
class CoreNlpAnnotatorPropertiesTest {

  @Test
  void defaultConfigRunsTheLeanPipeline() {
    NlpConfig config = NlpConfig.defaults();
    assertThat(CoreNlpAnnotator.annotators(config))
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
    Properties p = CoreNlpAnnotator.pipelineProperties(config);
    assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
    assertThat(p.getProperty("ner.model")).isEqualTo(CoreNlpAnnotator.NER_MODEL);
    assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(p.getProperty("ner.useSUTime")).isEqualTo("true");
    assertThat(p.getProperty("ner.applyNumericClassifiers")).isEqualTo("true");
    assertThat(p.getProperty("ner.buildEntityMentions")).isEqualTo("true");
    assertThat(p.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(p.getProperty("tokenize.options")).contains("invertible=true");
  }

  @Test
  void nothingMakesCoreNlpUseThePresentDate() {
    Properties p = CoreNlpAnnotator.pipelineProperties(NlpConfig.defaults());
    // Any ner.docdate.* key switches on CoreNLP's DocDateAnnotator.
    assertThat(p.stringPropertyNames()).noneMatch(k -> k.startsWith("ner.docdate"));
    assertThat(p.stringPropertyNames()).noneMatch(k -> k.toLowerCase().contains("present"));
    assertThat(p.getProperty("sutime.searchForDocDate")).isEqualTo("false");
  }

  @Test
  void nerWithoutTimesSkipsSutimeAndNeedsNoTagger() {
    NlpConfig config = NlpConfig.forLayers(Layer.NER);
    assertThat(CoreNlpAnnotator.annotators(config)).containsExactly("tokenize", "ssplit", "ner");
    Properties p = CoreNlpAnnotator.pipelineProperties(config);
    assertThat(p.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(p.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
  }

  @Test
  void timesWithoutNerRunsRulesOnly() {
    Properties p = CoreNlpAnnotator.pipelineProperties(NlpConfig.forLayers(Layer.TIMES));
    assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
    assertThat(p.getProperty("ner.rulesOnly")).isEqualTo("true");
    assertThat(p.getProperty("ner.model")).isNull();
  }

  @Test
  void tokensAndSentencesOnlyRunTheTokenizer() {
    NlpConfig config = NlpConfig.forLayers();
    assertThat(CoreNlpAnnotator.annotators(config)).containsExactly("tokenize", "ssplit");
    assertThat(CoreNlpAnnotator.pipelineProperties(config).stringPropertyNames())
        .noneMatch(k -> k.startsWith("ner.") || k.startsWith("pos."));
  }

  @Test
  void dependenciesAreNotAnAnnotatorOfTheMainPipeline() {
    // the parser is called directly, on the sentences a SentenceSelector chooses
    NlpConfig config = NlpConfig.forLayers(Layer.DEPENDENCIES);
    assertThat(CoreNlpAnnotator.annotators(config)).containsExactly("tokenize", "ssplit", "pos");
    assertThat(CoreNlpAnnotator.pipelineProperties(config).stringPropertyNames())
        .noneMatch(k -> k.startsWith("depparse"));
  }
}
