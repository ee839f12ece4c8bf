// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import picocli.CommandLine.Option;

/** Options every subcommand accepts. */
final class CommonOptions {

  @Option(names = "--verbose", description = "Show stack traces and stage timings.")
  boolean verbose;
}
