// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Recognizes page boilerplate (comment prompts, subscribe and login prompts, teasers of other
 * articles, ad slots, share and cookie notices, copyright footers) among the paragraphs of an
 * article, with one named rule per kind.
 *
 * <p>To add a rule, implement {@link io.dossier.ingest.boilerplate.BoilerplateRule}, give it a
 * short kebab-case name, add it to {@link
 * io.dossier.ingest.boilerplate.BoilerplateDetector#standard()}, and test it with examples it must
 * and must not match (genuine article sentences that merely mention the same words).
 */
@NullMarked
package io.dossier.ingest.boilerplate;

import org.jspecify.annotations.NullMarked;
