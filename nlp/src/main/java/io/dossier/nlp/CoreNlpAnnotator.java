// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.DossierException;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates English article text with Stanford CoreNLP and returns it as an {@link AnnotatedText}.
 *
 * <p>The CoreNLP pipeline is built once, in {@link #create}, with only the annotators the
 * configured layers need: {@code tokenize, ssplit} always, {@code pos} for POS (and for TIMES or
 * DEPENDENCIES), {@code lemma} for LEMMAS, {@code ner} for NER and/or TIMES (4-class CoNLL model,
 * SUTime; with both, SUTime only on sentences where a time expression is possible, see {@link
 * SelectiveTimeNerAnnotator}, and there only on the tokens around the time anchors, see {@link
 * WindowedTimeExtractor}; identical output), and the enhanced++ UD dependency parse (CoreNLP's
 * neural {@code depparse} model through {@link FastDependencyParser}, identical parses) for the
 * sentences a {@link SentenceSelector} chooses, up to {@link NlpConfig#maxDependencyTokens()}
 * tokens. Only the enhanced++ graph is built (CoreNLP's {@code depparse} annotator also builds
 * basic, enhanced, collapsed and CC-processed graphs that nothing reads). Building loads the models
 * and takes seconds; keep one instance per configuration for the life of the process.
 *
 * <p>Thread safety: {@link #annotate} may be called from several threads at once on one instance.
 * Each call works on its own CoreNLP {@code Annotation} (the SUTime time index and the document
 * date live on it). The tokenize…ner annotators are shared the way CoreNLP itself uses them: {@code
 * AnnotationPipeline.annotate(Iterable, int)} calls {@code annotate} on one pipeline from several
 * worker threads, and so does the CoreNLP server. The dependency parser ({@link
 * FastDependencyParser}: CoreNLP's model and decoding, a faster forward pass with identical parses)
 * is shared too: its weights are read-only and its cache takes no lock. {@code CoreNlpAnnotatorIT}
 * and {@code CoreNlpDependenciesIT} check that concurrent results equal sequential ones.
 *
 * <p>Time expressions are normalized against the article date only. Without a date, relative
 * expressions ("Sunday", "last month", "yesterday") keep a null value; nothing is resolved against
 * the current date. Values that are not concrete TIMEX3 values ({@code XXXX-WXX-7}, {@code
 * PRESENT_REF}, {@code 199X}, unresolved offsets) are null too.
 */
public final class CoreNlpAnnotator {

  private static final Logger log = LoggerFactory.getLogger(CoreNlpAnnotator.class);

  static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Word products (one per word and feature position outside the model's own precomputed table;
   * 1,000 floats each, so about 200 MB when full) that the shared dependency parser keeps. The
   * parser recomputes exactly what it drops, so parses do not depend on this size.
   */
  static final int PARSER_CACHE_ENTRIES = 50_000;

  /** NER classes of the CoNLL 4-class model, the only ones reported as {@link NerMention}s. */
  static final Set<String> NER_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** SUTime classes, reported as {@link TimeExpression}s. */
  static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private static final String OTHER = "O";

  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final SentenceSelector selector;

  /** The dependency parser, shared by all threads; null when DEPENDENCIES is not configured. */
  private final @Nullable FastDependencyParser parser;

  private final LongAdder sentences = new LongAdder();
  private final LongAdder sentencesParsed = new LongAdder();
  private final LongAdder tokensParsed = new LongAdder();
  private final LongAdder tokenCount = new LongAdder();
  private final LongAdder pipelineNanos = new LongAdder();
  private final LongAdder selectNanos = new LongAdder();
  private final LongAdder parseNanos = new LongAdder();

  private CoreNlpAnnotator(
      NlpConfig config,
      StanfordCoreNLP pipeline,
      SentenceSelector selector,
      @Nullable FastDependencyParser parser) {
    this.config = config;
    this.pipeline = pipeline;
    this.selector = selector;
    this.parser = parser;
  }

  /**
   * Builds the CoreNLP pipeline for {@code config}, loading its models; every sentence is
   * dependency-parsed when DEPENDENCIES is configured.
   *
   * @throws DossierException if CoreNLP cannot load a model (the models jar is missing from the
   *     classpath, or the heap is too small: the full pipeline needs about 1.5 GB)
   */
  public static CoreNlpAnnotator create(NlpConfig config) {
    return create(config, SentenceSelector.ALL, 1);
  }

  /**
   * Builds the CoreNLP pipeline for {@code config}, loading its models.
   *
   * @param selector which sentences get a dependency parse (only used with DEPENDENCIES)
   * @param threads how many threads will call {@link #annotate} at once (at least 1; every
   *     component is shared between them, so this loads nothing extra)
   * @throws DossierException if CoreNLP cannot load a model (the models jar is missing from the
   *     classpath, or the heap is too small: the full pipeline needs about 1.5 GB)
   */
  public static CoreNlpAnnotator create(NlpConfig config, SentenceSelector selector, int threads) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(selector, "selector");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    long start = System.nanoTime();
    CoreNlpAnnotator annotator;
    try {
      annotator =
          new CoreNlpAnnotator(
              config,
              pipeline(config),
              selector,
              config.wants(Layer.DEPENDENCIES) ? loadParser() : null);
    } catch (RuntimeException e) {
      throw new DossierException(
          "cannot build the CoreNLP pipeline for "
              + config
              + ": "
              + e.getMessage()
              + " (is stanford-corenlp:models on the classpath and the heap at least 2 GB?)",
          e);
    }
    log.info(
        "CoreNLP pipeline [{}{}] built in {} ms",
        String.join(",", annotators(config)),
        config.wants(Layer.DEPENDENCIES) ? " + depparse" : "",
        (System.nanoTime() - start) / 1_000_000);
    return annotator;
  }

  /**
   * The tokenize…ner pipeline. With NER and TIMES, SUTime and the numeric classifiers run only on
   * the sentences where a time expression is possible ({@link SelectiveTimeNerAnnotator}), and
   * SUTime only on the tokens around the anchors ({@link WindowedTimeExtractor}); the output is
   * that of CoreNLP's stock {@code ner} annotator with the same properties.
   */
  static StanfordCoreNLP pipeline(NlpConfig config) {
    return pipeline(config, WindowedTimeExtractor.DEFAULT_MARGIN);
  }

  /**
   * The tokenize…ner pipeline, with SUTime given {@code timeMargin} tokens on each side of a time
   * anchor (0: whole sentences).
   */
  static StanfordCoreNLP pipeline(NlpConfig config, int timeMargin) {
    Properties properties = pipelineProperties(config);
    if (!(config.wants(Layer.NER) && config.wants(Layer.TIMES))) {
      return new StanfordCoreNLP(properties);
    }
    Properties beforeNer = (Properties) properties.clone();
    List<String> annotators = new ArrayList<>(annotators(config));
    annotators.remove("ner");
    beforeNer.setProperty("annotators", String.join(",", annotators));
    StanfordCoreNLP pipeline = new StanfordCoreNLP(beforeNer);
    try {
      pipeline.addAnnotator(new SelectiveTimeNerAnnotator(properties, timeMargin));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER models: " + e.getMessage(), e);
    }
    return pipeline;
  }

  /**
   * Loads the dependency parser model as CoreNLP's {@code depparse} annotator would (same model,
   * default properties) and wraps it in the faster forward pass with identical parses.
   */
  private static FastDependencyParser loadParser() {
    return new FastDependencyParser(loadCoreNlpParser(), PARSER_CACHE_ENTRIES);
  }

  /** CoreNLP's own dependency parser with the model and properties of its {@code depparse}. */
  static DependencyParser loadCoreNlpParser() {
    Properties p = new Properties();
    p.setProperty("model", DEPPARSE_MODEL);
    return DependencyParser.loadFromModelFile(DEPPARSE_MODEL, p);
  }

  /** The configuration this annotator was built with. */
  public NlpConfig config() {
    return config;
  }

  /** The layers every {@link AnnotatedText} from this annotator has. */
  public Set<Layer> provides() {
    return config.layers();
  }

  /**
   * Annotates one document.
   *
   * @param documentId the id put into {@link AnnotatedText#document()} and into error messages
   * @param text the exact text; all spans are offsets into it
   * @param articleDate the publication date that relative time expressions are resolved against, or
   *     null to leave them unresolved (their value is then null)
   * @throws DossierException if CoreNLP fails on this document (the message names it)
   */
  public AnnotatedText annotate(String documentId, String text, @Nullable LocalDate articleDate) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    Annotation annotation = new Annotation(text);
    if (articleDate != null && config.wants(Layer.TIMES)) {
      if (articleDate.getYear() < 1 || articleDate.getYear() > 9999) {
        throw new IllegalArgumentException(
            "articleDate " + articleDate + " of " + documentId + " is outside years 1..9999");
      }
      // SUTime reads the reference date from here (yyyy-MM-dd).
      annotation.set(
          CoreAnnotations.DocDateAnnotation.class,
          articleDate.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    long t0 = System.nanoTime();
    try {
      pipeline.annotate(annotation);
    } catch (RuntimeException e) {
      throw new DossierException(
          "CoreNLP failed on document " + documentId + ": " + e.getMessage(), e);
    }
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    AnnotatedText plain = convert(documentId, text, annotation);
    long t1 = System.nanoTime();
    pipelineNanos.add(t1 - t0);
    sentences.add(plain.sentences().size());
    tokenCount.add(plain.tokens().size());
    if (!config.wants(Layer.DEPENDENCIES)) {
      return plain;
    }
    BitSet chosen = selector.select(plain);
    long t2 = System.nanoTime();
    selectNanos.add(t2 - t1);
    List<Dependency> dependencies;
    try {
      dependencies = parse(documentId, coreSentences, plain.sentences(), chosen);
    } catch (RuntimeException e) {
      throw new DossierException(
          "CoreNLP's dependency parser failed on document " + documentId + ": " + e.getMessage(),
          e);
    }
    parseNanos.add(System.nanoTime() - t2);
    return new AnnotatedText(
        documentId,
        text,
        plain.tokens(),
        plain.sentences(),
        plain.nerMentions(),
        plain.times(),
        dependencies,
        config.layers());
  }

  /**
   * What this annotator did so far, for measurements: sentences and tokens seen and parsed, and
   * milliseconds (summed over threads) in the tokenize…ner pipeline, in choosing the sentences and
   * in the dependency parser.
   */
  public Map<String, Long> statistics() {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("sentences", sentences.sum());
    out.put("sentences parsed", sentencesParsed.sum());
    out.put("tokens", tokenCount.sum());
    out.put("tokens parsed", tokensParsed.sum());
    out.put("pipeline ms", pipelineNanos.sum() / 1_000_000);
    out.put("selection ms", selectNanos.sum() / 1_000_000);
    out.put("depparse ms", parseNanos.sum() / 1_000_000);
    return out;
  }

  /** CoreNLP's accumulated per-annotator timings, for measurements. */
  String timingInformation() {
    return pipeline.timingInformation()
        + (config.wants(Layer.DEPENDENCIES)
            ? "\nDependency parse (enhanced++): "
                + parseNanos.sum() / 1_000_000
                + " ms for "
                + sentencesParsed.sum()
                + " of "
                + sentences.sum()
                + " sentences"
            : "");
  }

  // ---------------------------------------------------------------- configuration

  /** The annotators of the main pipeline, in order (depparse runs in a second pipeline). */
  static List<String> annotators(NlpConfig config) {
    List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit"));
    if (config.wants(Layer.POS)) {
      annotators.add("pos");
    }
    if (config.wants(Layer.LEMMAS)) {
      annotators.add("lemma");
    }
    if (config.wants(Layer.NER) || config.wants(Layer.TIMES)) {
      annotators.add("ner");
    }
    return List.copyOf(annotators);
  }

  /**
   * The CoreNLP properties of the main pipeline. Everything is set explicitly, so nothing depends
   * on a {@code StanfordCoreNLP.properties} file or on system properties.
   */
  static Properties pipelineProperties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", annotators(config)));
    p.setProperty("tokenize.language", "en");
    // invertible: every token keeps its exact character offsets and original text; characters the
    // tokenizer cannot handle are dropped silently instead of logging a warning.
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
    // A blank line (paragraph break) always ends a sentence; a single newline does not.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (config.wants(Layer.POS)) {
      p.setProperty("pos.model", POS_MODEL);
    }
    boolean ner = config.wants(Layer.NER);
    boolean times = config.wants(Layer.TIMES);
    if (ner || times) {
      if (ner) {
        p.setProperty("ner.model", NER_MODEL);
      } else {
        // TIMES only: SUTime and the numeric classifiers, no statistical model loaded.
        p.setProperty("ner.rulesOnly", "true");
      }
      p.setProperty("ner.language", "en");
      // SUTime runs inside the ner annotator and needs the numeric classifiers.
      p.setProperty("ner.applyNumericClassifiers", Boolean.toString(times));
      p.setProperty("ner.useSUTime", Boolean.toString(times));
      // No KBP fine-grained regexner pass (it would rename LOCATION to CITY, COUNTRY, ...).
      // Additional regexner / tokensregex rules are off because their mappings are unset.
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "true");
      // CoreNLP's default: hyphen-split tokens are re-joined for the CRF, tags are copied back.
      p.setProperty("ner.useNERSpecificTokenization", "true");
      // Deliberately no ner.docdate.* property: any of them switches on CoreNLP's DocDateAnnotator
      // (usePresent, fixed dates, regexes over the doc id). The only reference date SUTime sees is
      // the article date set in annotate().
      if (times) {
        // Do not guess a reference date from dates mentioned in the text.
        p.setProperty("sutime.searchForDocDate", "false");
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- annotation

  /**
   * The enhanced++ edges of the chosen sentences that are not longer than the limit, computed
   * exactly as CoreNLP's {@code depparse} annotator computes its enhanced++ graph.
   */
  private List<Dependency> parse(
      String documentId, List<CoreMap> coreSentences, List<Sentence> sentences, BitSet chosen) {
    int max = config.maxDependencyTokens();
    Map<Integer, SemanticGraph> graphs = new LinkedHashMap<>();
    FastDependencyParser parser = Objects.requireNonNull(this.parser, "parser");
    for (int i = chosen.nextSetBit(0);
        i >= 0 && i < coreSentences.size();
        i = chosen.nextSetBit(i + 1)) {
      CoreMap sentence = coreSentences.get(i);
      int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size == 0 || (max > 0 && size > max)) {
        continue;
      }
      GrammaticalStructure structure = parser.predict(sentence);
      graphs.put(
          i,
          SemanticGraphFactory.makeFromTree(
              structure,
              SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
              GrammaticalStructure.Extras.NONE,
              null));
      sentencesParsed.increment();
      tokensParsed.add(size);
    }
    return dependencies(documentId, graphs, sentences);
  }

  private AnnotatedText convert(String documentId, String text, Annotation annotation) {
    boolean pos = config.wants(Layer.POS);
    boolean lemmas = config.wants(Layer.LEMMAS);
    boolean ner = config.wants(Layer.NER);
    boolean times = config.wants(Layer.TIMES);

    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    Map<CoreLabel, Integer> tokenIndex = new IdentityHashMap<>();
    for (CoreMap coreSentence : coreSentences) {
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = span(documentId, text, label.beginPosition(), label.endPosition(), "token");
        String original = label.originalText();
        String word = original != null ? original : label.word();
        tokenIndex.put(label, tokens.size());
        tokens.add(
            new Token(
                tokens.size(),
                span,
                word,
                lemmas ? label.lemma() : null,
                pos ? label.tag() : null,
                ner ? tokenNer(label.ner(), times) : null,
                sentenceIndex));
      }
      Span span =
          span(
              documentId,
              text,
              coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              "sentence");
      sentences.add(new Sentence(sentenceIndex, span, first, tokens.size()));
    }

    List<NerMention> nerMentions = new ArrayList<>();
    List<TimeExpression> timeExpressions = new ArrayList<>();
    if (ner || times) {
      List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
      for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
        String type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
        if (type == null) {
          continue;
        }
        Span span =
            span(
                documentId,
                text,
                mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                "mention");
        if (ner && NER_TYPES.contains(type)) {
          int[] range = tokenRange(documentId, mention, tokenIndex);
          // CoreNLP's entity-mention builder also adds pronominal mentions ("he", "her") typed
          // PERSON; a named mention is one whose tokens the NER model itself tagged
          if (!taggedAs(tokens, range, type)) {
            continue;
          }
          nerMentions.add(new NerMention(span, span.of(text), type, range[0], range[1]));
        } else if (times && TIME_TYPES.contains(type)) {
          Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
          String timexType = timex == null ? null : timex.timexType();
          String value = timex == null ? null : TimexValues.concreteOrNull(timex.value());
          timeExpressions.add(
              new TimeExpression(span, span.of(text), timexType != null ? timexType : type, value));
        }
      }
    }

    EnumSet<Layer> layers = EnumSet.copyOf(config.layers());
    layers.remove(Layer.DEPENDENCIES);
    return new AnnotatedText(
        documentId, text, tokens, sentences, nerMentions, timeExpressions, List.of(), layers);
  }

  /** The 4-class tag, a SUTime tag when TIMES is on, otherwise {@code O}. */
  private static String tokenNer(@Nullable String tag, boolean times) {
    if (tag == null) {
      return OTHER;
    }
    if (NER_TYPES.contains(tag) || (times && TIME_TYPES.contains(tag))) {
      return tag;
    }
    // NUMBER, MONEY, PERCENT, ORDINAL from the numeric classifiers
    return OTHER;
  }

  private static int[] tokenRange(
      String documentId, CoreMap mention, Map<CoreLabel, Integer> tokenIndex) {
    List<CoreLabel> labels = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || labels.isEmpty()) {
      throw new IllegalStateException(documentId + ": CoreNLP mention without tokens: " + mention);
    }
    Integer first = tokenIndex.get(labels.get(0));
    Integer last = tokenIndex.get(labels.get(labels.size() - 1));
    if (first == null || last == null || last < first) {
      throw new IllegalStateException(
          documentId + ": CoreNLP mention tokens are not the document's tokens: " + mention);
    }
    return new int[] {first, last + 1};
  }

  private static List<Dependency> dependencies(
      String documentId, Map<Integer, SemanticGraph> graphs, List<Sentence> sentences) {
    Set<Dependency> edges = new LinkedHashSet<>();
    for (Map.Entry<Integer, SemanticGraph> parsed : graphs.entrySet()) {
      SemanticGraph graph = parsed.getValue();
      Sentence sentence = sentences.get(parsed.getKey());
      for (IndexedWord root : graph.getRoots()) {
        edges.add(new Dependency(-1, tokenOf(documentId, sentence, root), "root"));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        // Enhanced++ copy nodes (elided predicates) share the index of the word they copy, so
        // their edges attach to that word.
        edges.add(
            new Dependency(
                tokenOf(documentId, sentence, edge.getGovernor()),
                tokenOf(documentId, sentence, edge.getDependent()),
                edge.getRelation().toString()));
      }
    }
    List<Dependency> sorted = new ArrayList<>(edges);
    sorted.sort(
        Comparator.comparingInt(Dependency::dependent)
            .thenComparingInt(Dependency::governor)
            .thenComparing(Dependency::relation));
    return sorted;
  }

  private static int tokenOf(String documentId, Sentence sentence, IndexedWord word) {
    int index = sentence.firstToken() + word.index() - 1;
    if (index < sentence.firstToken() || index >= sentence.endToken()) {
      throw new IllegalStateException(
          documentId
              + ": dependency node "
              + word
              + " is outside sentence "
              + sentence.index()
              + " (tokens "
              + sentence.firstToken()
              + ".."
              + sentence.endToken()
              + ")");
    }
    return index;
  }

  private static Span span(
      String documentId, String text, @Nullable Integer begin, @Nullable Integer end, String what) {
    if (begin == null || end == null || begin < 0 || end < begin || end > text.length()) {
      throw new IllegalStateException(
          documentId
              + ": CoreNLP gave a "
              + what
              + " offsets ["
              + begin
              + ", "
              + end
              + ") outside the text of length "
              + text.length());
    }
    return new Span(begin, end);
  }

  /** Whether some token of the range carries the NER tag {@code type}. */
  private static boolean taggedAs(List<Token> tokens, int[] range, String type) {
    for (int i = range[0]; i < range[1] && i < tokens.size(); i++) {
      if (type.equals(tokens.get(i).ner())) {
        return true;
      }
    }
    return false;
  }
}
