// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier server module. */
@NullMarked
package io.dossier.server;

import org.jspecify.annotations.NullMarked;
