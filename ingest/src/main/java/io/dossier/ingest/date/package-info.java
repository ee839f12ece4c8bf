// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Publication dates: parsing metadata values and inferring a date from explicit full dates in the
 * text. Never consults the clock: an article without metadata or an explicit date stays undated.
 */
@NullMarked
package io.dossier.ingest.date;

import org.jspecify.annotations.NullMarked;
