// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Cue words shared by event and claim extraction: hedges, denials, reporting verbs, plans and
 * conditions, and the modality they set.
 */
@NullMarked
package io.dossier.extract.modality;

import org.jspecify.annotations.NullMarked;
