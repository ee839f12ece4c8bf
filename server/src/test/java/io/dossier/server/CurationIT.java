// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.engine.curation.Curator;
import io.dossier.store.SqliteKnowledgeBase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge, split and rename through the page forms and the JSON API, on a fresh store each time. */
class CurationIT {
  @TempDir Path dir;
  private SqliteKnowledgeBase kb;
  private DossierServer server;
  private Http http;

  @BeforeEach
  void start() {
    kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
    TestCorpus.fill(kb);
    server = DossierServer.create(kb, cfg -> cfg.port = 0);
    http = new Http(server.url());
  }

  @AfterEach
  void stop() {
    server.close();
    kb.close();
  }

  @Test
  void mergeFormMovesTheOtherEntityHereAndRedirectsToTheKeptEntity() throws Exception {
    String before = http.get("/entities/e-haftar").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> r =
        http.postForm(
            "/entities/e-haftar/merge",
            Map.of("other", "e-hifter"),
            "Origin",
            server.url()); // a browser posting the server's own form
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/entities/e-haftar");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(kb.entity("e-haftar").orElseThrow().aliases())
        .extracting(a -> a.name())
        .contains("Khalifa Hifter", "Hifter");
    // the merged-away id keeps working and shows the kept entity
    assertThat(http.get("/entities/e-hifter").body()).contains("<h1>Khalifa Haftar</h1>");
    // the page changed, so its validator did too
    HttpResponse<String> after = http.get("/entities/e-haftar", "If-None-Match", before);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(before));
  }

  @Test
  void splitAndRenameThroughTheApiUseTheCuratorsDecisions() throws Exception {
    http.postJson("/api/entities/e-haftar/merge", Map.of("other", "e-hifter"));
    HttpResponse<String> split =
        http.postJson("/api/entities/e-haftar/split", Map.of("alias", "Khalifa Hifter"));
    assertThat(split.statusCode()).isEqualTo(200);
    JsonNode body = json(split);
    assertThat(body.at("/created/id").asText())
        .isEqualTo(Curator.splitId("e-haftar", "Khalifa Hifter"));
    assertThat(body.at("/mentions_moved").asInt()).isEqualTo(1);

    HttpResponse<String> rename =
        http.postForm("/api/entities/e-lna/rename", Map.of("name", "Libyan Arab Armed Forces"));
    assertThat(rename.statusCode()).isEqualTo(200);
    assertThat(json(rename).at("/previous_name").asText()).isEqualTo("Libyan National Army");
    assertThat(json(http.get("/api/entities/e-lna")).get("name").asText())
        .isEqualTo("Libyan Arab Armed Forces");
    // the split form goes back to the entity the alias left
    HttpResponse<String> form =
        http.postForm("/entities/e-haftar/split", Map.of("alias", "Hifter"));
    assertThat(form.statusCode()).isEqualTo(303);
    assertThat(form.headers().firstValue("Location")).hasValue("/entities/e-haftar");
  }

  @Test
  void refusedDecisionsHaveRealStatusCodesAndChangeNothing() throws Exception {
    assertThat(http.postJson("/api/entities/e-nope/rename", Map.of("name", "X")).statusCode())
        .isEqualTo(404);
    HttpResponse<String> self =
        http.postJson("/api/entities/e-haftar/merge", Map.of("other", "e-haftar"));
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    HttpResponse<String> types =
        http.postJson("/api/entities/e-haftar/merge", Map.of("other", "e-benghazi"));
    assertThat(types.statusCode()).isEqualTo(409);
    assertThat(json(types).get("detail").asText()).isNotBlank();
    assertThat(http.postJson("/api/entities/e-haftar/merge", Map.of()).statusCode()).isEqualTo(400);
    assertThat(http.post("/api/entities/e-haftar/merge", "application/json", "[1,").statusCode())
        .isEqualTo(400);
    // a form gets a page saying why, with the same status
    HttpResponse<String> page =
        http.postForm("/entities/e-haftar/merge", Map.of("other", "e-benghazi"));
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Not done").contains("href=\"/entities/e-haftar\"");
    // forced, the merge goes through
    assertThat(
            http.postForm(
                    "/entities/e-haftar/merge", Map.of("other", "e-benghazi", "force", "true"))
                .statusCode())
        .isEqualTo(303);
    assertThat(kb.redirect("e-benghazi")).hasValue("e-haftar");
  }
}
