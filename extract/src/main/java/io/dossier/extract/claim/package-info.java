// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Per-article claim extraction: {@link io.dossier.extract.claim.ClaimExtractor} finds direct quotes
 * (straight and curly quotation marks, split and multi-sentence quotes, partial quotes), indirect
 * speech and speech acts ("said that", "according to", "accused … of", "denied that") in one
 * annotated article, attributes each to a speaker (resolved to the article's local entities where
 * possible, never guessed), and reads hedges, denial and the attribution chain ("Reuters
 * reported"). Clustering claims across articles is not done here.
 */
@NullMarked
package io.dossier.extract.claim;

import org.jspecify.annotations.NullMarked;
