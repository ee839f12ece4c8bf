// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code dossier entity merge|split|rename}: a curator's decisions about entities. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description =
        "Curates entities: merge two, split an alias off one, rename one. Decisions are stored in"
            + " the knowledge base, show in every export and view, and later ingests respect them.",
    subcommands = {EntityMergeCommand.class, EntitySplitCommand.class, EntityRenameCommand.class})
final class EntityCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "a subcommand is required: merge, split or rename");
  }
}
