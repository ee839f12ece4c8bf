// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier resolve module. */
@NullMarked
package io.dossier.resolve;

import org.jspecify.annotations.NullMarked;
