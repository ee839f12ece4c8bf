// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier cli module. */
@NullMarked
package io.dossier.cli;

import org.jspecify.annotations.NullMarked;
