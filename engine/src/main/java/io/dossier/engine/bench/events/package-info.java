// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The PLOVER event benchmark: event type, source/target actors and casualty counts of the main
 * event of each gold-standard sentence, scored on the even and odd (held-out) record halves.
 */
@NullMarked
package io.dossier.engine.bench.events;

import org.jspecify.annotations.NullMarked;
