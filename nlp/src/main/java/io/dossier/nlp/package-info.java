// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier nlp module. */
@NullMarked
package io.dossier.nlp;

import org.jspecify.annotations.NullMarked;
