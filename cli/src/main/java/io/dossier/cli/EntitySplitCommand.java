// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.curation.Curator;
import io.dossier.store.StoreLocation;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier entity split E --alias NAME --store DIR}. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description =
        "Splits an alias off an entity: every mention written exactly as NAME moves to a new"
            + " entity of the same type named NAME, and NAME never links to the old entity again.")
final class EntitySplitCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "E", description = "The entity id.")
  String entity;

  @Option(
      names = "--alias",
      required = true,
      paramLabel = "NAME",
      description = "The alias to split off, exactly as listed in the entity's aliases.")
  String alias;

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

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Curation.run(
        spec,
        store,
        common.verbose,
        curator -> {
          Curator.Split split = curator.split(entity, alias);
          return "split \""
              + alias
              + "\" off "
              + Curation.describe(split.from())
              + " into new entity "
              + split.created().id()
              + " ("
              + Curation.mentions(split.mentionsMoved())
              + " moved)";
        });
  }
}
