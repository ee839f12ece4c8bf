// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.Engine;
import io.dossier.engine.EngineConfig;
import io.dossier.engine.export.Json;
import io.dossier.engine.facts.SourceProfiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier sources --store DIR [--format table|json]}: per outlet, the claims it carries by
 * standing (corroborated, contradicted, hedged, single-source) and the merged events it reports;
 * the numbers of {@code GET /api/sources} and the {@code /sources} page.
 */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "Prints source profiles: per outlet, claims made, the share corroborated by another"
            + " independent outlet, contradicted, hedged and single-source, and events reported.")
final class SourcesCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR",
      description = "Knowledge-base folder.")
  Path store;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (aligned text, the default) or json (an array of records).")
  Format format = Format.table;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Stores.requireExisting(store);
    PrintWriter out = spec.commandLine().getOut();
    List<SourceProfiles.Profile> profiles;
    try (Engine engine = Engine.open(new EngineConfig(store, 1))) {
      // a run killed between its last commit and the rebuild leaves merged facts behind
      engine.refreshFacts();
      profiles = SourceProfiles.of(engine.knowledgeBase());
    }
    if (format == Format.json) {
      out.println("[");
      for (int i = 0; i < profiles.size(); i++) {
        out.println(
            "  " + Json.line(profiles.get(i).wire()) + (i + 1 < profiles.size() ? "," : ""));
      }
      out.println("]");
    } else {
      table(out, profiles);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, List<SourceProfiles.Profile> profiles) {
    if (profiles.isEmpty()) {
      out.println("no claims or events in this knowledge base");
      return;
    }
    int width = "outlet".length();
    for (SourceProfiles.Profile p : profiles) {
      width = Math.max(width, Math.min(40, p.outlet().length()));
    }
    String row = "%-" + width + "s  %7s  %13s  %13s  %13s  %13s  %7s%n";
    out.printf(
        Locale.ROOT,
        row,
        "outlet",
        "claims",
        "corroborated",
        "contradicted",
        "hedged",
        "single-source",
        "events");
    for (SourceProfiles.Profile p : profiles) {
      String outlet = p.outlet().length() > 40 ? p.outlet().substring(0, 39) + "…" : p.outlet();
      out.printf(
          Locale.ROOT,
          row,
          outlet,
          p.claims(),
          cell(p.corroborated(), p.corroboratedShare(), p.claims()),
          cell(p.contradicted(), p.contradictedShare(), p.claims()),
          cell(p.hedged(), p.hedgedShare(), p.claims()),
          cell(p.singleSource(), p.singleSourceShare(), p.claims()),
          p.events());
    }
  }

  private static String cell(int n, double share, int claims) {
    return claims == 0 ? "0" : String.format(Locale.ROOT, "%d (%.0f%%)", n, share * 100);
  }
}
