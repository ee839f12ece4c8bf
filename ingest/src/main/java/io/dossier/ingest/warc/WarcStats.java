// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.warc;

/**
 * What a {@link WarcArticleReader} found in one WARC file.
 *
 * @param records records read (every type)
 * @param articles articles reported to the sink
 * @param skipped records skipped without an issue: requests, metadata, warcinfo, revisits,
 *     responses that are not HTTP 200 or not HTML
 * @param issues issues reported to the sink (per-record problems and a final corrupt record)
 */
public record WarcStats(long records, long articles, long skipped, long issues) {}
