// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Per-article extraction: pure functions from {@link io.dossier.model.AnnotatedText} to mention
 * records (entities now; events, quotes, claims and relations later). Nothing here does I/O, logs
 * or sees CoreNLP; every extracted value carries its {@link io.dossier.model.Provenance}.
 */
@NullMarked
package io.dossier.extract;

import org.jspecify.annotations.NullMarked;
