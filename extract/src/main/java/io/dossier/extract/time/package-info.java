// SPDX-License-Identifier: GPL-3.0-or-later
/** Corrections of normalized time expressions that need the article's context. */
@NullMarked
package io.dossier.extract.time;

import org.jspecify.annotations.NullMarked;
