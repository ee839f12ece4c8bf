// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The claim attribution benchmark on PolNeAR (political news with hand-annotated source, cue and
 * content spans): reads a split, runs CoreNLP, entities and claims over the exact corpus texts, and
 * scores content, speaker, cue and source spans as the data folder's README prescribes.
 */
@NullMarked
package io.dossier.engine.bench.claims;

import org.jspecify.annotations.NullMarked;
