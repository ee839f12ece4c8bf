// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Near-duplicate detection: {@link io.dossier.ingest.dedup.MinHash} signatures of word shingles and
 * their locality-sensitive bands, which find syndicated copies of an article without comparing it
 * with every stored one.
 */
@NullMarked
package io.dossier.ingest.dedup;

import org.jspecify.annotations.NullMarked;
