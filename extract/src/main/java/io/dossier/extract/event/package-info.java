// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Per-article event extraction: PLOVER-typed event mentions from dependency parses, with source and
 * target actors, date, place, casualty counts, modality and the incident a response concerns.
 */
@NullMarked
package io.dossier.extract.event;

import org.jspecify.annotations.NullMarked;
