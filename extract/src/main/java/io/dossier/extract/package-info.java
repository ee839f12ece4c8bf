// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier extract module. */
@NullMarked
package io.dossier.extract;

import org.jspecify.annotations.NullMarked;
