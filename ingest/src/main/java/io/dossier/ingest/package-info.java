// SPDX-License-Identifier: GPL-3.0-or-later
/** Dossier ingest module. */
@NullMarked
package io.dossier.ingest;

import org.jspecify.annotations.NullMarked;
