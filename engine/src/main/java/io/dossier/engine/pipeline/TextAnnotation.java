// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Layer;
import java.util.Map;
import java.util.Set;

/**
 * The linguistic annotation stage: turns an article's text into {@link AnnotatedText}, anchoring
 * relative time expressions at the article's publication date (never at today).
 */
public interface TextAnnotation extends Stage {

  /** Annotates one article. Must be thread-safe. */
  AnnotatedText annotate(Article article);

  @Override
  default Set<Layer> requires() {
    return Set.of();
  }

  /** Counts and timings of the work done so far, for measurements; none by default. */
  default Map<String, Long> statistics() {
    return Map.of();
  }
}
