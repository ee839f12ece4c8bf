// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The linguistic annotation stage: the only place in Dossier that touches Stanford CoreNLP. {@link
 * io.dossier.nlp.NlpConfig} says which {@link io.dossier.model.Layer}s are wanted; {@link
 * io.dossier.nlp.CoreNlpAnnotator} builds one lean CoreNLP pipeline for them and turns article text
 * into an {@link io.dossier.model.AnnotatedText}. No CoreNLP type appears in this package's public
 * API.
 */
@NullMarked
package io.dossier.nlp;

import org.jspecify.annotations.NullMarked;
