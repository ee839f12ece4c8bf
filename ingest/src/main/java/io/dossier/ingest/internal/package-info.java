// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Ingest internals shared by the readers: bounded file loading and decoding, text normalization,
 * paragraph splitting and article assembly; not API.
 */
@NullMarked
package io.dossier.ingest.internal;

import org.jspecify.annotations.NullMarked;
