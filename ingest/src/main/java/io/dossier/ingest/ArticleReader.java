// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one input format into articles.
 *
 * <p>Contract: {@link #read} never throws for bad input. Every problem (unreadable, too large,
 * binary or badly encoded, malformed, empty after boilerplate removal) goes to the sink as one
 * {@link io.dossier.model.IngestIssue} with a one-line message, and a file with several records
 * goes on after a bad one. Articles follow the rules of the {@code documents.jsonl} contract:
 * normalized body text without the title, the removed boilerplate, a content hash, an id from the
 * input or the hash, and a publication date with its basis. Readers keep no state between calls and
 * are thread-safe.
 *
 * <p>To add a format, implement this interface, name the file extensions it reads, extend {@code
 * ArticleReaderContract} in the tests, and add the reader to {@link
 * ArticleReaders#ArticleReaders()}.
 */
public interface ArticleReader {

  /** File name extensions this reader handles, lower case, without the dot ({@code "html"}). */
  Set<String> extensions();

  /** Reads {@code file}, reporting articles and issues to {@code sink}. */
  void read(Path file, IngestDefaults defaults, ArticleSink sink);
}
