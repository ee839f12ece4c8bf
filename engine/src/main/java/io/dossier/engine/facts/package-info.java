// SPDX-License-Identifier: GPL-3.0-or-later
/** Rebuilds the merged events and linked claims of a store from its mentions. */
@NullMarked
package io.dossier.engine.facts;

import org.jspecify.annotations.NullMarked;
