// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import io.dossier.model.AnnotatedText;
import java.util.BitSet;

/**
 * Chooses the sentences of a text that get a dependency parse, the most expensive annotation by
 * far. The extraction stages that read the parse know which sentences can yield anything (a
 * candidate event trigger, a speech cue, a quotation); every other sentence keeps no dependency
 * edges, as a sentence longer than {@link NlpConfig#maxDependencyTokens()} already does.
 *
 * <p>Implementations must be thread-safe and pure.
 */
@FunctionalInterface
public interface SentenceSelector {

  /** Parses every sentence (up to {@link NlpConfig#maxDependencyTokens()} tokens). */
  SentenceSelector ALL =
      text -> {
        BitSet all = new BitSet();
        all.set(0, text.sentences().size());
        return all;
      };

  /**
   * The indexes of the sentences to parse.
   *
   * @param text the annotation with every configured layer except {@code DEPENDENCIES}
   */
  BitSet select(AnnotatedText text);
}
