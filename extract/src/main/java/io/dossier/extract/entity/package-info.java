// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Entity mentions and within-document entity chains: {@link
 * io.dossier.extract.entity.EntityExtractor} cleans the raw NER mentions of one article (titles,
 * possessives and punctuation outside the span), finds acronyms the article defines, and links the
 * mentions of one entity (same name, surname after full name, partial name, acronym) into {@link
 * io.dossier.model.LocalEntity} records. Cross-article resolution is the {@code resolve} module's
 * job.
 */
@NullMarked
package io.dossier.extract.entity;

import org.jspecify.annotations.NullMarked;
