// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier store module. */
@NullMarked
package io.dossier.store;

import org.jspecify.annotations.NullMarked;
