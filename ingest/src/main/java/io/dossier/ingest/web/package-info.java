// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Fetching pages and feeds over HTTP(S) with the JDK's {@link java.net.http.HttpClient}: timeouts,
 * a size limit enforced while the body streams in, a bounded number of redirects, an honest
 * User-Agent and nothing but {@code http} and {@code https}.
 */
@NullMarked
package io.dossier.ingest.web;

import org.jspecify.annotations.NullMarked;
