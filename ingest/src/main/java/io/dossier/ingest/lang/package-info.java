// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Language identification for articles whose input declares no language: the only package that
 * touches the language-detector library (optimaize).
 */
@NullMarked
package io.dossier.ingest.lang;

import org.jspecify.annotations.NullMarked;
