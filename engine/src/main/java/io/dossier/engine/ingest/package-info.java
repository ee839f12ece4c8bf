// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Ingest orchestration: read inputs, skip duplicates, process articles in parallel, commit in
 * order.
 */
@NullMarked
package io.dossier.engine.ingest;

import org.jspecify.annotations.NullMarked;
