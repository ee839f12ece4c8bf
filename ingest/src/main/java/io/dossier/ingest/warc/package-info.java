// SPDX-License-Identifier: GPL-3.0-or-later
/** Reading web archives (WARC, WARC.gz): HTML response records become articles. */
@NullMarked
package io.dossier.ingest.warc;

import org.jspecify.annotations.NullMarked;
