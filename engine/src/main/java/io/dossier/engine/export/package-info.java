// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Exports in the shapes of the command-line contract: JSON Lines files, the ACLED-style CSV and the
 * per-document JSON that {@code dossier annotate} prints. The records here are the wire shapes;
 * field names are written in snake_case.
 */
@NullMarked
package io.dossier.engine.export;

import org.jspecify.annotations.NullMarked;
