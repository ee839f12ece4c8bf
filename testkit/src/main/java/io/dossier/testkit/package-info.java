// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Support for the tests of every module, used in test scope only: {@link
 * io.dossier.testkit.PostgresServer}, a throwaway PostgreSQL server built from the machine's server
 * binaries.
 */
@NullMarked
package io.dossier.testkit;

import org.jspecify.annotations.NullMarked;
