// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The immutable domain of Dossier: articles, character spans, provenance, the annotated text that
 * the NLP stage produces, per-article mentions and cross-article entities. No I/O and no
 * third-party types live here; every other module speaks in these records.
 */
@NullMarked
package io.dossier.model;

import org.jspecify.annotations.NullMarked;
