// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * A large synthetic knowledge base for measuring the web application: articles, entities with
 * Zipf-distributed popularity and their mentions, committed straight into the store without NLP.
 */
@NullMarked
package io.dossier.engine.bench.server;

import org.jspecify.annotations.NullMarked;
