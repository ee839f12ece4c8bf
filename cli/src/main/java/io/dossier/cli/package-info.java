// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The {@code dossier} command line (picocli): one class per subcommand. Exit codes: 0 success, 1
 * some inputs failed (the rest were processed), 2 usage or configuration error. Errors are one line
 * each on stderr with a hint; {@code --verbose} adds stack traces.
 */
@NullMarked
package io.dossier.cli;

import org.jspecify.annotations.NullMarked;
