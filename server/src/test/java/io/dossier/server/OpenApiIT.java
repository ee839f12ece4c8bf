// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/openapi.yaml lists exactly the routes the server registers, and docs/API.md shows each. */
class OpenApiIT {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|post|put|patch|delete):\\s*$");

  @TempDir Path dir;

  @Test
  void openApiFileListsEveryRegisteredRouteAndNoOther() throws IOException {
    List<String> registered;
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
        DossierServer server = DossierServer.create(kb, cfg -> cfg.port = 0)) {
      registered = server.routes();
    }
    assertThat(registered).contains("GET /api/search", "POST /entities/{id}/merge");
    assertThat(documented()).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void apiGuideHasACurlExampleForEveryRoute() throws IOException {
    String guide = Files.readString(DOCS.resolve("API.md"), StandardCharsets.UTF_8);
    for (String route : documented()) {
      String path = route.substring(route.indexOf(' ') + 1);
      String prefix = path.contains("{") ? path.substring(0, path.indexOf('{')) : path;
      String suffix = path.contains("}") ? path.substring(path.indexOf('}') + 1) : "";
      boolean shown =
          guide
              .lines()
              .anyMatch(
                  l ->
                      l.contains("curl")
                          && l.contains(prefix)
                          && (suffix.isEmpty() || l.contains(suffix))
                          && (route.startsWith("GET")
                              || l.contains("-X POST")
                              || l.contains("-d ")));
      assertThat(shown).as("a curl line for " + route + " in docs/API.md").isTrue();
    }
  }

  private static List<String> documented() throws IOException {
    List<String> routes = new ArrayList<>();
    String current = null;
    for (String line : Files.readAllLines(DOCS.resolve("openapi.yaml"), StandardCharsets.UTF_8)) {
      Matcher p = PATH.matcher(line);
      if (p.matches()) {
        current = p.group(1);
        continue;
      }
      if (!line.isBlank() && !line.startsWith(" ")) {
        current = null; // a top-level key ends "paths:"
      }
      Matcher m = METHOD.matcher(line);
      if (current != null && m.matches()) {
        routes.add(m.group(1).toUpperCase(Locale.ROOT) + " " + current);
      }
    }
    return routes;
  }
}
