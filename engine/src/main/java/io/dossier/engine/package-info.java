// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Wires Dossier's stages together: reading, per-article NLP and extraction, cross-article
 * resolution and the store, plus the exports. The {@link io.dossier.engine.Engine} facade is what
 * the command line and the server use.
 */
@NullMarked
package io.dossier.engine;

import org.jspecify.annotations.NullMarked;
