// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's neural dependency parser (nndep, Chen and Manning 2014) over the same loaded model,
 * with the same greedy arc-standard decoding and a faster forward pass that computes bit-identical
 * scores, so the parses are exactly those of {@link DependencyParser#predict(CoreMap)}.
 *
 * <p>Adapted from Stanford CoreNLP 4.5.10 ({@code edu.stanford.nlp.parser.nndep.DependencyParser}
 * {@code predictInner}, {@code getFeatureArray}, {@code predict}, and {@code Classifier} {@code
 * computeScores}, {@code matrixMultiplySlice}; authors Danqi Chen, Jon Gauthier and the Stanford
 * NLP Group; GPL v3 or later, as Dossier).
 *
 * <p>Why it is faster with the same numbers. Every score is the same sequence of IEEE operations as
 * in CoreNLP (Java floating point is strict, and nothing here is fused or reordered per output):
 * the hidden layer adds the 48 feature contributions in feature order, each contribution being
 * either CoreNLP's own precomputed row ({@code double}) or, for words outside it, the same
 * float-rounded product CoreNLP caches; then bias and cube; then each transition's score is the sum
 * over hidden units in index order. What changes is the loop nesting: CoreNLP computes each output
 * as a scalar dot product, a reduction the JIT cannot vectorize without reordering it; here the
 * weight matrices are stored transposed, so the inner loops run across outputs (83 transitions,
 * 1,000 hidden units) with one independent accumulator each, which the JIT turns into vector
 * instructions without changing any accumulator's order of additions. Features are looked up in
 * arrays instead of boxed hash maps, and the cache of word products is shared by all threads
 * without a lock (an entry is a pure function of its key, so a race only computes it twice).
 *
 * <p>Thread safety: {@link #predict} may be called from several threads at once. The weights are
 * read-only after construction; each call allocates its own small work arrays.
 */
final class FastDependencyParser {

  /** Feature positions: 18 words, 18 tags, 12 arc labels ({@code Config.numTokens}). */
  private static final int FEATURES = Config.numTokens;

  private static final int POS_OFFSET = 18;
  private static final int DEP_OFFSET = 36;
  private static final int STACK_OFFSET = 6;
  private static final int STACK_NUMBER = 6;

  /** Hidden units folded into the scores per pass (divides the hidden size, 1,000). */
  private static final int HIDDEN_BLOCK = 4;

  /** Vector lanes the transition dimension is padded to (a multiple of 8 doubles). */
  private static final int LANES = 8;

  private final DependencyParser model;
  private final ArcStandard system;
  private final String[] transitions;
  private final int hiddenSize;
  private final int embeddingSize;
  private final int transitionCount;

  /** The shift transition and the arc from ROOT, or null if the model has none by that name. */
  private final @Nullable String shift;

  private final @Nullable String rootArc;

  /** {@link #transitionCount} rounded up to {@link #LANES}; padded weights are zero. */
  private final int paddedTransitions;

  /** W1 transposed: column {@code c} (feature position × embedding) holds its hidden weights. */
  private final float[] w1ByColumn;

  private final float[] b1;

  /**
   * W2 transposed and widened: hidden unit {@code k} holds its weights to every transition (then
   * zeros up to {@link #paddedTransitions}).
   */
  private final double[] w2ByHidden;

  private final float[][] embeddings;

  /** CoreNLP's precomputed hidden-layer rows, by feature position and token id, or null. */
  private final double[][][] precomputed;

  /**
   * Float-rounded hidden-layer rows of features outside {@link #precomputed}, by feature key, held
   * as doubles (exactly the values CoreNLP adds) so that all rows are summed by one loop.
   */
  private final ConcurrentHashMap<Integer, double[]> products = new ConcurrentHashMap<>();

  private final int maxProducts;
  private final int nullWord;
  private final int rootWord;
  private final int nullPos;
  private final int rootPos;
  private final Map<String, Integer> labelIds = new ConcurrentHashMap<>();

  /**
   * Wraps a loaded CoreNLP parser.
   *
   * @param model a parser returned by {@link DependencyParser#loadFromModelFile}, for a Universal
   *     English model
   * @param maxProducts how many word products outside CoreNLP's precomputed table to keep (1,000
   *     floats each); the cache starts over when it is full
   */
  FastDependencyParser(DependencyParser model, int maxProducts) {
    this.model = Objects.requireNonNull(model, "model");
    if (maxProducts < 0) {
      throw new IllegalArgumentException("maxProducts must not be negative, was " + maxProducts);
    }
    this.maxProducts = maxProducts;
    // CoreNLP has no public accessor for the classifier, the transition system or the
    // precomputed table; they are read once here. Everything else goes through public API.
    Classifier classifier =
        (Classifier) CoreNlpInternals.read(DependencyParser.class, "classifier", model);
    Object parsingSystem = CoreNlpInternals.read(DependencyParser.class, "system", model);
    if (!(parsingSystem instanceof ArcStandard arcStandard)) {
      throw new IllegalStateException(
          "the nndep model uses " + parsingSystem.getClass().getName() + ", not ArcStandard");
    }
    this.system = arcStandard;
    @SuppressWarnings("unchecked")
    List<String> names =
        (List<String>) CoreNlpInternals.read(ParsingSystem.class, "transitions", system);
    this.transitions = names.toArray(new String[0]);
    this.transitionCount = transitions.length;
    this.shift = find(transitions, "S");
    this.rootArc =
        find(
            transitions,
            "R(" + CoreNlpInternals.read(ParsingSystem.class, "rootLabel", system) + ")");
    float[][] w1 = classifier.getW1();
    float[][] w2 = classifier.getW2();
    this.b1 = classifier.getb1().clone();
    this.embeddings = classifier.getE();
    this.hiddenSize = b1.length;
    this.embeddingSize = embeddings[0].length;
    if (w2.length != transitionCount || w1.length != hiddenSize) {
      throw new IllegalStateException(
          "unexpected nndep model shape: W1 "
              + w1.length
              + " rows, W2 "
              + w2.length
              + " rows, "
              + transitionCount
              + " transitions, hidden size "
              + hiddenSize);
    }
    if (hiddenSize % HIDDEN_BLOCK != 0) {
      throw new IllegalStateException(
          "hidden size " + hiddenSize + " is not a multiple of " + HIDDEN_BLOCK);
    }
    this.paddedTransitions = (transitionCount + LANES - 1) / LANES * LANES;
    int columns = w1[0].length;
    this.w1ByColumn = new float[columns * hiddenSize];
    for (int k = 0; k < hiddenSize; k++) {
      for (int c = 0; c < columns; c++) {
        w1ByColumn[c * hiddenSize + k] = w1[k][c];
      }
    }
    this.w2ByHidden = new double[hiddenSize * paddedTransitions];
    for (int i = 0; i < transitionCount; i++) {
      for (int k = 0; k < hiddenSize; k++) {
        w2ByHidden[k * paddedTransitions + i] = w2[i][k];
      }
    }
    double[][] saved = (double[][]) CoreNlpInternals.read(Classifier.class, "saved", classifier);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap =
        (Map<Integer, Integer>) CoreNlpInternals.read(Classifier.class, "preMap", classifier);
    this.precomputed = new double[FEATURES][embeddings.length][];
    for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
      int key = e.getKey();
      precomputed[key % FEATURES][key / FEATURES] = saved[e.getValue()];
    }
    this.nullWord = model.getWordID(Config.NULL);
    this.rootWord = model.getWordID(Config.ROOT);
    this.nullPos = model.getPosID(Config.NULL);
    this.rootPos = model.getPosID(Config.ROOT);
  }

  private static @Nullable String find(String[] transitions, String name) {
    for (String t : transitions) {
      if (t.equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** How many word products are cached now, for measurements. */
  int cachedProducts() {
    return products.size();
  }

  /**
   * Parses one sentence, as {@link DependencyParser#predict(CoreMap)} does.
   *
   * @param sentence a sentence with tokens (word and POS tag)
   */
  GrammaticalStructure predict(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = tokens.size();
    int[] wordIds = new int[n];
    int[] posIds = new int[n];
    for (int i = 0; i < n; i++) {
      CoreLabel token = tokens.get(i);
      wordIds[i] = model.getWordID(token.word());
      posIds[i] = model.getPosID(token.tag());
    }
    Configuration c = system.initialConfiguration(sentence);
    int[] features = new int[FEATURES];
    double[][] rows = new double[FEATURES][];
    double[] hidden = new double[hiddenSize];
    double[] scores = new double[paddedTransitions];
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      String chosen = onlyApplicable(c);
      if (chosen == null) {
        features(c, wordIds, posIds, features);
        scores(features, rows, hidden, scores);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < transitionCount; i++) {
          if (scores[i] > best && system.canApply(c, transitions[i])) {
            best = scores[i];
            chosen = transitions[i];
          }
        }
      }
      system.apply(c, chosen);
    }
    return structure(c, tokens);
  }

  /**
   * The transition when arc-standard allows only one, which CoreNLP's argmax over the applicable
   * transitions would choose whatever the (finite) scores: shift while the stack holds at most ROOT
   * and one word and the buffer is not empty (an arc needs two words, or ROOT and the last word),
   * and the root arc when only ROOT and one word are left. Null when there is a choice.
   */
  private @Nullable String onlyApplicable(Configuration c) {
    int stack = c.getStackSize();
    int buffer = c.getBufferSize();
    String only = null;
    if (stack <= 2 && buffer > 0) {
      only = shift;
    } else if (stack == 2 && buffer == 0) {
      only = rootArc;
    }
    // ArcStandard.canApply has the last word; if it disagrees, score as CoreNLP does
    return only != null && system.canApply(c, only) ? only : null;
  }

  /** The GrammaticalStructure CoreNLP's {@code predict} builds from the final configuration. */
  private static GrammaticalStructure structure(Configuration c, List<CoreLabel> tokens) {
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      String label = c.getLabel(i);
      IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(label);
      dependencies.add(new TypedDependency(relation, governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null
        ? known
        : new GrammaticalRelation(
            edu.stanford.nlp.international.Language.UniversalEnglish,
            label,
            null,
            GrammaticalRelation.DEPENDENT);
  }

  private int word(int index, int[] wordIds) {
    if (index == 0) {
      return rootWord;
    }
    return index < 1 || index > wordIds.length ? nullWord : wordIds[index - 1];
  }

  private int pos(int index, int[] posIds) {
    if (index == 0) {
      return rootPos;
    }
    return index < 1 || index > posIds.length ? nullPos : posIds[index - 1];
  }

  private int label(int index, Configuration c) {
    return labelIds.computeIfAbsent(c.getLabel(index), model::getLabelID);
  }

  /** CoreNLP's {@code getFeatureArray}, reading ids from per-sentence arrays. */
  private void features(Configuration c, int[] wordIds, int[] posIds, int[] feature) {
    for (int j = 2; j >= 0; --j) {
      int index = c.getStack(j);
      feature[2 - j] = word(index, wordIds);
      feature[POS_OFFSET + (2 - j)] = pos(index, posIds);
    }
    for (int j = 0; j <= 2; ++j) {
      int index = c.getBuffer(j);
      feature[3 + j] = word(index, wordIds);
      feature[POS_OFFSET + 3 + j] = pos(index, posIds);
    }
    for (int j = 0; j <= 1; ++j) {
      int k = c.getStack(j);
      int base = STACK_OFFSET + j * STACK_NUMBER;
      int labelBase = DEP_OFFSET + j * STACK_NUMBER;
      int[] children = {
        c.getLeftChild(k),
        c.getRightChild(k),
        c.getLeftChild(k, 2),
        c.getRightChild(k, 2),
        c.getLeftChild(c.getLeftChild(k)),
        c.getRightChild(c.getRightChild(k))
      };
      for (int m = 0; m < STACK_NUMBER; m++) {
        int index = children[m];
        feature[base + m] = word(index, wordIds);
        feature[POS_OFFSET + base + m] = pos(index, posIds);
        feature[labelBase + m] = label(index, c);
      }
    }
  }

  /**
   * CoreNLP's {@code Classifier.computeScores}: the same operations per output, in the same order.
   * Each pass over an output array folds in several inputs (features, then hidden units), one after
   * the other per element, so that the loops are long and cheap to vectorize while every element
   * still receives its additions in CoreNLP's order.
   */
  private void scores(int[] features, double[][] rows, double[] hidden, double[] scores) {
    for (int j = 0; j < FEATURES; j++) {
      int token = features[j];
      double[] saved = precomputed[j][token];
      rows[j] = saved != null ? saved : product(j, token, hidden);
    }
    int h = hiddenSize;
    for (int k = 0; k < h; k++) {
      hidden[k] = 0.0;
    }
    for (int j = 0; j < FEATURES; j += 4) {
      double[] r0 = rows[j];
      double[] r1 = rows[j + 1];
      double[] r2 = rows[j + 2];
      double[] r3 = rows[j + 3];
      for (int k = 0; k < h; k++) {
        double v = hidden[k];
        v += r0[k];
        v += r1[k];
        v += r2[k];
        v += r3[k];
        hidden[k] = v;
      }
    }
    for (int k = 0; k < h; k++) {
      double v = hidden[k] + b1[k];
      hidden[k] = v * v * v;
    }
    int t = paddedTransitions;
    Arrays.fill(scores, 0.0);
    for (int k = 0; k < h; k += HIDDEN_BLOCK) {
      double h0 = hidden[k];
      double h1 = hidden[k + 1];
      double h2 = hidden[k + 2];
      double h3 = hidden[k + 3];
      int b0 = k * t;
      int b1 = b0 + t;
      int b2 = b1 + t;
      int b3 = b2 + t;
      for (int i = 0; i < t; i++) {
        double v = scores[i];
        v += h0 * w2ByHidden[b0 + i];
        v += h1 * w2ByHidden[b1 + i];
        v += h2 * w2ByHidden[b2 + i];
        v += h3 * w2ByHidden[b3 + i];
        scores[i] = v;
      }
    }
  }

  /**
   * CoreNLP's {@code matrixMultiplySlice} for feature position {@code j}: per hidden unit, the sum
   * over the embedding of float products, accumulated in double in embedding order, then rounded to
   * float (which is what CoreNLP caches and adds).
   */
  private double[] product(int j, int token, double[] partial) {
    Integer key = token * FEATURES + j;
    double[] cached = products.get(key);
    if (cached != null) {
      return cached;
    }
    int h = hiddenSize;
    for (int k = 0; k < h; k++) {
      partial[k] = 0.0;
    }
    float[] e = embeddings[token];
    for (int m = 0; m < embeddingSize; m++) {
      float x = e[m];
      int base = (j * embeddingSize + m) * h;
      for (int k = 0; k < h; k++) {
        partial[k] += w1ByColumn[base + k] * x;
      }
    }
    double[] row = new double[h];
    for (int k = 0; k < h; k++) {
      // CoreNLP caches the float-rounded sum and adds it as a double
      row[k] = (float) partial[k];
    }
    if (products.size() >= maxProducts) {
      products.clear();
    }
    if (maxProducts > 0) {
      products.put(key, row);
    }
    return row;
  }
}
