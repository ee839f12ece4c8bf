// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.curation.Curator;
import io.dossier.store.StoreLocation;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier entity merge A B --store DIR [--keep ID] [--force]}. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges two entities into one: mentions, aliases and keys of one move to the other, which"
          + " keeps its id, type and name. The other id keeps working and stands for the merged"
          + " entity. Later articles that match either one land on it.",
      "By default the entity created first keeps its id; --keep chooses."
    })
final class EntityMergeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "An entity id.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "Another entity id.")
  String second;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      converter = Stores.LocationConverter.class,
      description =
          "Knowledge-base folder, or PostgreSQL database"
              + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE (user and password also"
              + " from PGUSER, PGPASSWORD).")
  StoreLocation store;

  @Option(
      names = "--keep",
      paramLabel = "ID",
      description = "Which of A and B keeps its id (default: the one created first).")
  @Nullable String keep;

  @Option(
      names = "--force",
      description = "Merge even if the types differ; the kept entity's type stays.")
  boolean force;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (keep != null && !keep.equals(first) && !keep.equals(second)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--keep must be " + first + " or " + second + ", not " + keep);
    }
    return Curation.run(
        spec,
        store,
        common.verbose,
        curator -> {
          Curator.Merged merged;
          if (keep == null) {
            merged = curator.mergeKeepingOlder(first, second, force);
          } else {
            merged = curator.merge(keep, keep.equals(first) ? second : first, force);
          }
          return "merged "
              + Curation.describe(merged.mergedAway())
              + " into "
              + Curation.describe(merged.kept())
              + " ("
              + Curation.mentions(merged.mentionsMoved())
              + " moved)";
        });
  }
}
