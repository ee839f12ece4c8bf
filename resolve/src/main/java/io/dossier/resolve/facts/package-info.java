// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Cross-article resolution of events and claims: event mentions merged into events that keep every
 * source's values; claims grouped when they state the same thing, corroboration counted by
 * independent outlets, contradictions found with their reasons.
 */
@NullMarked
package io.dossier.resolve.facts;

import org.jspecify.annotations.NullMarked;
