// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier engine module. */
@NullMarked
package io.dossier.engine;

import org.jspecify.annotations.NullMarked;
