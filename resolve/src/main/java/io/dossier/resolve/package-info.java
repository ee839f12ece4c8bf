// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Cross-document resolution: links each article's within-document entities to the knowledge base's
 * entities, or creates new ones. Pure: candidates come through the {@link
 * io.dossier.resolve.CandidateLookup} port that the store implements, and nothing here logs.
 *
 * <p>{@link io.dossier.resolve.TransliterationResolver} is the resolver: it blocks candidates by
 * the prefixed keys of {@link io.dossier.resolve.TransliterationKeys}, scores pairs of names with
 * {@link io.dossier.resolve.NameMatcher} (usable alone, for example by benchmarks) and links
 * complete-link, precision before recall. {@link io.dossier.resolve.InMemoryCandidates} is a lookup
 * in memory for tests and benchmarks. {@link io.dossier.resolve.ExactNameResolver} is the
 * exact-match baseline.
 *
 * <p>To add a resolver, implement {@link io.dossier.resolve.EntityResolver}; the engine chooses the
 * implementation when it wires the pipeline.
 */
@NullMarked
package io.dossier.resolve;

import org.jspecify.annotations.NullMarked;
