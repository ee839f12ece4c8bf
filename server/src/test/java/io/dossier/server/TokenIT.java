// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.store.SqliteKnowledgeBase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with an access token: reads stay open, every write needs the token. */
class TokenIT {
  private static final String TOKEN = "correct horse battery staple";

  @TempDir static Path dir;
  private static SqliteKnowledgeBase kb;
  private static DossierServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
    TestCorpus.fill(kb);
    server =
        DossierServer.create(
            kb,
            cfg -> {
              cfg.port = 0;
              cfg.token = TOKEN;
            });
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  @Test
  void writesWithoutTheTokenAre401ProblemsAndChangeNothing() throws Exception {
    for (HttpResponse<String> r :
        java.util.List.of(
            http.postJson("/api/entities/e-lna/rename", Map.of("name", "Nope")),
            http.postJson(
                "/api/entities/e-lna/rename",
                Map.of("name", "Nope"),
                "Authorization",
                "Bearer wrong"),
            http.postForm("/entities/e-lna/rename", Map.of("name", "Nope")),
            http.postForm("/entities/e-lna/rename", Map.of("name", "Nope", "token", "wrong")))) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
      assertThat(json(r).get("status").asInt()).isEqualTo(401);
    }
    assertThat(kb.entity("e-lna").orElseThrow().name()).isEqualTo("Libyan National Army");
  }

  @Test
  void writesWithTheTokenInTheHeaderOrTheFormGoThrough() throws Exception {
    HttpResponse<String> api =
        http.postJson(
            "/api/entities/e-tobruk/rename",
            Map.of("name", "Tobruk city"),
            "Authorization",
            "Bearer " + TOKEN);
    assertThat(api.statusCode()).isEqualTo(200);
    HttpResponse<String> form =
        http.postForm(
            "/entities/e-benghazi/rename", Map.of("name", "Benghazi city", "token", TOKEN));
    assertThat(form.statusCode()).isEqualTo(303);
    assertThat(kb.entity("e-benghazi").orElseThrow().name()).isEqualTo("Benghazi city");
  }

  @Test
  void readsNeedNoTokenAndFormsAskForIt() throws Exception {
    HttpResponse<String> page = http.get("/entities/e-haftar");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("type=\"password\" name=\"token\"");
    assertThat(http.get("/api/entities/e-haftar").statusCode()).isEqualTo(200);
  }
}
