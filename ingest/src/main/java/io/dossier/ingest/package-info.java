// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Reads input files (plain text, HTML, JSON Lines) into {@link io.dossier.model.Article}s; every
 * problem with an input becomes an {@link io.dossier.model.IngestIssue}, never an exception.
 *
 * <p>Entry points: {@link io.dossier.ingest.InputFiles#expand} turns the paths given on the command
 * line into files, and {@link io.dossier.ingest.ArticleReaders#read} picks the {@link
 * io.dossier.ingest.ArticleReader} for each file by its extension.
 */
@NullMarked
package io.dossier.ingest;

import org.jspecify.annotations.NullMarked;
