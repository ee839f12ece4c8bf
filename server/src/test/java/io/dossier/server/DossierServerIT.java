// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.store.SqliteKnowledgeBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port over a small store whose article text is hostile. */
class DossierServerIT {
  private static final String HOSTILE_TITLE = "<script>alert('title')</script> Raid";
  private static final String TEXT =
      "Idris Haddar <img src=x onerror=alert(1)> met envoys.\n\n"
          + "<script>document.location='http://evil.example/'</script> Haddar left.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static SqliteKnowledgeBase kb;
  private static DossierServer server;

  @BeforeAll
  static void start() {
    kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
    Article article =
        new Article(
            "d-hostile",
            "hostile.html",
            "Evil <b>Outlet</b>",
            HOSTILE_TITLE,
            LocalDate.of(2017, 7, 24),
            PublishedBasis.METADATA,
            "en",
            TEXT,
            List.of("<iframe src=x></iframe> Subscribe"),
            null,
            "hash-hostile",
            null);
    EntityHead haddar = new EntityHead("e-haddar", EntityType.PERSON, "Idris Haddar");
    int second = TEXT.lastIndexOf("Haddar");
    kb.commit(
        new ResolvedDocument(
            new DocumentAnalysis(article, List.of(), List.of()),
            List.of(haddar),
            List.of(
                new ResolvedMention(
                    "e-haddar", "d-hostile", new Span(0, 12), "Idris Haddar", null, "canonical"),
                new ResolvedMention(
                    "e-haddar",
                    "d-hostile",
                    new Span(second, second + 6),
                    "Haddar",
                    "Field Marshal",
                    "surname-of-full-name")),
            List.of(new EntityKey("idris haddar", EntityType.PERSON, "e-haddar"))));
    server =
        DossierServer.create(
            kb,
            cfg -> {
              cfg.host = "127.0.0.1";
              cfg.port = 0;
            });
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void homePageListsDocumentsAndEntitiesWithEverythingEscaped() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Idris Haddar")
        .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Raid")
        .doesNotContain("<script")
        .doesNotContain("<b>Outlet</b>");
  }

  @Test
  void documentPageHighlightsMentionsAndExecutesNothing() throws Exception {
    HttpResponse<String> r = get("/documents/d-hostile");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("href=\"/entities/e-haddar\"")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;iframe")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'")
        .doesNotContain("unsafe-inline");
  }

  @Test
  void entityPageShowsAliasesWithTheirRulesAndMentionsInContext() throws Exception {
    HttpResponse<String> r = get("/entities/e-haddar");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("surname-of-full-name")
        .contains("<mark>Haddar</mark>")
        .contains("Field Marshal")
        .doesNotContain("<script");
  }

  @Test
  void apiReturnsContractRecords() throws Exception {
    HttpResponse<String> r = get("/api/entities/e-haddar");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.at("/name").asText()).isEqualTo("Idris Haddar");
    assertThat(body.at("/aliases")).hasSize(2);
    assertThat(body.at("/occurrences/1/start").asInt()).isEqualTo(TEXT.lastIndexOf("Haddar"));

    JsonNode doc = JSON.readTree(get("/api/documents/d-hostile").body());
    assertThat(doc.get("published_basis").asText()).isEqualTo("metadata");
    assertThat(doc.get("text").asText()).isEqualTo(TEXT);
  }

  @Test
  void searchFindsEntitiesAndDocuments() throws Exception {
    JsonNode body = JSON.readTree(get("/api/search?q=haddar").body());
    assertThat(body.get("entities")).extracting(e -> e.get("id").asText()).contains("e-haddar");
    assertThat(body.has("events") && body.has("claims") && body.has("documents")).isTrue();
  }

  @Test
  void errorsAreProblemJsonWithRealStatusCodes() throws Exception {
    HttpResponse<String> missing = get("/api/entities/e-nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(JSON.readTree(missing.body()).get("status").asInt()).isEqualTo(404);

    HttpResponse<String> badLimit = get("/api/documents?limit=-3");
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badLimit.body()).get("detail").asText()).contains("limit");

    assertThat(get("/api/search").statusCode()).isEqualTo(400);
    assertThat(get("/api/no-such-route").statusCode()).isEqualTo(404);
    assertThat(get("/entities/e-nope").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileSearchTextIsEscapedOnTheHomePage() throws Exception {
    HttpResponse<String> r = get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
  }
}
