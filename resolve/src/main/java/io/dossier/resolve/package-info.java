// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Cross-document resolution: links each article's within-document entities to the knowledge base's
 * entities, or creates new ones. Pure: candidates come through the {@link
 * io.dossier.resolve.CandidateLookup} port that the store implements, and nothing here logs.
 *
 * <p>To add a resolver, implement {@link io.dossier.resolve.EntityResolver}; the engine chooses the
 * implementation when it wires the pipeline.
 */
@NullMarked
package io.dossier.resolve;

import org.jspecify.annotations.NullMarked;
