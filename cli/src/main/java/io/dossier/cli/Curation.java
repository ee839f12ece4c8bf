// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.curation.Curator;
import io.dossier.model.EntityHead;
import io.dossier.store.CurationException;
import io.dossier.store.StoreLocation;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * What the {@code entity} subcommands share: open the store, take one decision, print one line
 * saying what happened, or one line saying why not with a hint (exit code 2).
 */
final class Curation {

  private Curation() {}

  /** Runs {@code decision} against the store in {@code dir}; returns the exit code. */
  static int run(
      CommandLine.Model.CommandSpec spec,
      StoreLocation dir,
      boolean verbose,
      Function<Curator, String> decision) {
    Stores.requireExisting(dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Engine engine = Engine.open(new EngineConfig(dir, 1))) {
      out.println(decision.apply(engine.curator()));
      return 0;
    } catch (CurationException e) {
      err.println("dossier: error: " + e.getMessage());
      err.println("hint: " + hint(e.reason(), dir));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.EXIT_USAGE;
    }
  }

  /** {@code e-… "Khalifa Haftar"}. */
  static String describe(EntityHead entity) {
    return entity.id() + " \"" + entity.name() + "\"";
  }

  /** {@code 1 mention}, {@code 12 mentions}. */
  static String mentions(int n) {
    return n + (n == 1 ? " mention" : " mentions");
  }

  private static String hint(CurationException.Reason reason, StoreLocation dir) {
    switch (reason) {
      case UNKNOWN_ENTITY:
        return "entity ids are the \"id\" field of entities.jsonl ('dossier export --store "
            + dir
            + " --format jsonl --out DIR') and the last part of /entities/ID pages";
      case SAME_ENTITY:
        return "nothing to do: name two different entities";
      case TYPE_MISMATCH:
        return "if they really are one, add --force (the kept entity's type stays)";
      case UNKNOWN_ALIAS:
        return "give the alias exactly as listed in the entity's \"aliases\" (case and accents"
            + " count), in quotes if it has spaces";
      case ALIAS_NOT_SPLITTABLE:
        return "an entity keeps its name and at least one alias; to split off its name, rename it"
            + " first with 'dossier entity rename ID NAME'";
      case INVALID_NAME:
        return "give the new name as one argument, in quotes if it has spaces";
      case ID_TAKEN:
        return "that alias was split off before; merge the entity with that id back first";
      default:
        return "see 'dossier entity --help'";
    }
  }
}
