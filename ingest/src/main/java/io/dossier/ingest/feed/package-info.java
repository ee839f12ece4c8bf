// SPDX-License-Identifier: GPL-3.0-or-later
/** Reading news feeds (RSS, Atom) with Rome: each item becomes an article. */
@NullMarked
package io.dossier.ingest.feed;

import org.jspecify.annotations.NullMarked;
