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

/** {@code dossier entity rename E NAME --store DIR}. */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description =
        "Gives an entity a new canonical name; later articles find it under the new name too.")
final class EntityRenameCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "E", description = "The entity id.")
  String entity;

  @Parameters(index = "1", paramLabel = "NAME", description = "The new name (quote it).")
  String name;

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
          Curator.Renamed renamed = curator.rename(entity, name);
          return "renamed "
              + renamed.entity().id()
              + " \""
              + renamed.previousName()
              + "\" to \""
              + renamed.entity().name()
              + "\"";
        });
  }
}
