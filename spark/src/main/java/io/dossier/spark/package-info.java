// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Batch mode on Apache Spark: the {@code dossier spark} job (read, per-article stages in
 * partitions, cross-article resolution grouped by blocking keys, Parquet tables out) and {@code
 * dossier load}, which loads those tables into a store. The only module that imports Spark.
 */
@NullMarked
package io.dossier.spark;

import org.jspecify.annotations.NullMarked;
