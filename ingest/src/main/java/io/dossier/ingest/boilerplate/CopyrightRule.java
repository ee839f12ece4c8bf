// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Copyright footers: a short paragraph that opens with a copyright mark ({@code "© 2017 Example
 * News"}, {@code "Copyright 2017"}, {@code "(c) 2017"}), or that says {@code "All rights reserved"}
 * and is either very short or has a copyright mark. "Copyright" followed by an ordinary word, or a
 * long sentence that quotes the phrase, is news.
 */
final class CopyrightRule implements BoilerplateRule {
  private static final Pattern OPENS_WITH_MARK =
      Pattern.compile(
          "^(?:©|\\(c\\)\\s*(?:19|20)\\d\\d|copyright\\s*(?:©|\\(c\\)|(?:19|20)\\d\\d))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MARK =
      Pattern.compile("©|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);
  private static final int MAX_WORDS = 40;
  private static final int MAX_WORDS_WITHOUT_MARK = 12;

  @Override
  public String name() {
    return "copyright";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start).strip();
    if (Shape.words(paragraph) > MAX_WORDS) {
      return 0;
    }
    if (OPENS_WITH_MARK.matcher(paragraph).find()) {
      return 1;
    }
    if (!Shape.key(paragraph).contains("all rights reserved")) {
      return 0;
    }
    return MARK.matcher(paragraph).find() || Shape.words(paragraph) <= MAX_WORDS_WITHOUT_MARK
        ? 1
        : 0;
  }
}
