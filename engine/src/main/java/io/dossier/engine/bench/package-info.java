// SPDX-License-Identifier: GPL-3.0-or-later
/** Throughput and memory benchmarks of the whole ingest path against CoreNLP's stock pipeline. */
@NullMarked
package io.dossier.engine.bench;

import org.jspecify.annotations.NullMarked;
