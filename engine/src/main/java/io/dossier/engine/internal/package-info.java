// SPDX-License-Identifier: GPL-3.0-or-later
/** Engine internals; not API. */
@NullMarked
package io.dossier.engine.internal;

import org.jspecify.annotations.NullMarked;
