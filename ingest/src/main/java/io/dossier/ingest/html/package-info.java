// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Extracts an article from an HTML page with jsoup: metadata (title, canonical URL, outlet,
 * publication date, language) and the main text, found by structural hints and text-density
 * scoring. The markup is only parsed, never executed.
 */
@NullMarked
package io.dossier.ingest.html;

import org.jspecify.annotations.NullMarked;
