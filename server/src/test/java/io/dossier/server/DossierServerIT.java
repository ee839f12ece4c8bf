// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.store.SqliteKnowledgeBase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port over a small store, one article of which is hostile. */
class DossierServerIT {
  /** An element with an event-handler attribute, or a script, iframe, svg or img element. */
  private static final String LIVE_MARKUP =
      "(?is).*(<(script|iframe|svg|img|object|embed)\\b|<[a-z]+[^>]*\\son[a-z]+\\s*=|href=\"javascript:).*";

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
              cfg.host = "127.0.0.1";
              cfg.port = 0;
            });
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  // ---- pages ----

  @Test
  void homePageListsDocumentsAndEntitiesWithEverythingEscaped() throws Exception {
    HttpResponse<String> r = http.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Khalifa Haftar")
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;")
        .doesNotContain("<b>Outlet</b>")
        .doesNotMatch(LIVE_MARKUP);
  }

  @Test
  void documentPageHighlightsMentionsAsEntityLinksAndCarriesNoLiveMarkup() throws Exception {
    HttpResponse<String> r = http.get("/documents/d-hostile");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<a class=\"mention\" href=\"/entities/e-haddar\"")
        .contains("&lt;img src=x onerror=&quot;document.title=")
        .contains("&lt;iframe")
        .doesNotMatch(LIVE_MARKUP);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");

    HttpResponse<String> plain = http.get("/documents/d-benghazi");
    assertThat(plain.body())
        .contains(">Khalifa Haftar</a>")
        .contains("href=\"/entities/e-benghazi\"")
        .contains("Entities here");
  }

  @Test
  void entityPageShowsAliasesRulesTitlesNeighboursDocumentsAndCurationForms() throws Exception {
    HttpResponse<String> r = http.get("/entities/e-haftar");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("surname-of-full-name")
        .contains("Field Marshal")
        .contains("General")
        .contains("<mark>Khalifa Haftar</mark>")
        .contains("href=\"/entities/e-benghazi\"") // named in the same documents
        .contains("href=\"/documents/d-cairo\"")
        // title history: each title with the days it was written with
        .containsPattern(
            "Field Marshal <span class=\"count\">\\d+</span> <span"
                + " class=\"meta\">2017-07-\\d\\d")
        .contains("action=\"/entities/e-haftar/rename\"")
        .contains("action=\"/entities/e-haftar/split\"")
        .contains("name=\"merge_q\"")
        .doesNotContain("type=\"password\""); // no token: no token fields
    // the merge picker lists other entities found by any spelling
    HttpResponse<String> pick = http.get("/entities/e-haftar?merge_q=Hifter");
    assertThat(pick.body())
        .contains("name=\"other\" value=\"e-hifter\"")
        .doesNotContain("name=\"other\" value=\"e-haftar\"");

    HttpResponse<String> hostile = http.get("/entities/e-haddar");
    assertThat(hostile.body()).doesNotMatch(LIVE_MARKUP).contains("&lt;i&gt;Marshal");
  }

  @Test
  void searchPageFindsHaftarUnderAnotherSpellingGroupsResultsAndOffersFacets() throws Exception {
    HttpResponse<String> r = http.get("/?q=Hifter");
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page)
        .contains("href=\"/entities/e-haftar\"")
        .contains("id=\"entities\"")
        .contains("id=\"documents\"")
        .contains("data-facet=\"type\"")
        .contains("data-facet=\"outlet\"")
        .contains("data-facet=\"month\"");

    HttpResponse<String> places = http.get("/?q=Benghazi&type=LOCATION");
    assertThat(places.body()).contains("href=\"/entities/e-benghazi\"").contains("Clear filters");
    HttpResponse<String> people = http.get("/?q=Benghazi&type=PERSON");
    assertThat(people.body())
        .doesNotContain("class=\"entity-hit\"><a href=\"/entities/e-benghazi\"");
  }

  @Test
  void hostileSearchTextIsEscaped() throws Exception {
    HttpResponse<String> r = http.get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    HttpResponse<String> facet = http.get("/?q=evil&outlet=%22%3E%3Csvg%20onload%3Dx%3E");
    assertThat(facet.body()).doesNotMatch(LIVE_MARKUP);
  }

  // ---- JSON API ----

  @Test
  void entityRecordHasAliasesOccurrencesTitlesAndNeighbours() throws Exception {
    HttpResponse<String> r = http.get("/api/entities/e-haftar");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = json(r);
    assertThat(body.at("/name").asText()).isEqualTo("Khalifa Haftar");
    assertThat(body.at("/aliases")).hasSize(2);
    assertThat(body.at("/occurrences")).hasSize(5);
    assertThat(body.at("/titles/0/title").asText()).isIn("Field Marshal", "General");
    assertThat(body.at("/cooccurring/0/id").asText()).isEqualTo("e-benghazi");
    assertThat(body.at("/cooccurring/0/documents").asInt()).isEqualTo(2);
    assertThat(body.has("events") && body.has("claims") && body.has("relations")).isTrue();
    assertThat(body.at("/totals/occurrences").asInt()).isEqualTo(5);

    // occurrences come in pages: a hub entity of a large store has too many for one answer
    JsonNode page =
        json(http.get("/api/entities/e-haftar?occurrences_offset=3&occurrences_limit=2"));
    assertThat(page.at("/occurrences")).hasSize(2);
    assertThat(page.at("/occurrences/0")).isEqualTo(body.at("/occurrences/3"));
    assertThat(page.at("/occurrences/1")).isEqualTo(body.at("/occurrences/4"));
    assertThat(page.at("/totals/occurrences").asInt()).isEqualTo(5);
    assertThat(http.get("/api/entities/e-haftar?occurrences_limit=-1").statusCode()).isEqualTo(400);

    JsonNode doc = json(http.get("/api/documents/d-hostile"));
    assertThat(doc.get("published_basis").asText()).isEqualTo("metadata");
    assertThat(doc.get("text").asText()).isEqualTo(TestCorpus.HOSTILE_TEXT);
  }

  @Test
  void searchMatchesAcrossSpellingsAndReportsFacetsAndTotals() throws Exception {
    JsonNode body = json(http.get("/api/search?q=Hifter"));
    assertThat(body.get("entities"))
        .extracting(e -> e.get("id").asText())
        .contains("e-haftar", "e-hifter");
    assertThat(body.has("events") && body.has("claims") && body.has("documents")).isTrue();
    assertThat(body.at("/facets/type/0/value").asText()).isEqualTo("PERSON");
    assertThat(body.at("/total/entities").asInt()).isGreaterThanOrEqualTo(2);

    JsonNode places = json(http.get("/api/search?q=Benghazi&type=location"));
    assertThat(places.get("entities"))
        .extracting(e -> e.get("type").asText())
        .containsOnly("LOCATION");
    JsonNode voa = json(http.get("/api/search?q=Haftar&outlet=VOA&limit=1"));
    assertThat(voa.get("documents")).hasSize(1);
    assertThat(voa.at("/documents/0/outlet").asText()).isEqualTo("VOA");
    assertThat(voa.at("/total/documents").asInt()).isEqualTo(2);
    JsonNode second = json(http.get("/api/search?q=Haftar&outlet=VOA&limit=1&offset=1"));
    assertThat(second.at("/documents/0/id").asText())
        .isNotEqualTo(voa.at("/documents/0/id").asText());
    JsonNode july = json(http.get("/api/search?q=Haftar&month=2017-07"));
    assertThat(july.get("documents"))
        .extracting(d -> d.get("published").asText())
        .allMatch(p -> p.startsWith("2017-07"));

    JsonNode entities = json(http.get("/api/entities?q=Hifter"));
    assertThat(entities).extracting(e -> e.get("id").asText()).contains("e-haftar");
  }

  @Test
  void listsArePagedWithTotalsAndLinks() throws Exception {
    HttpResponse<String> first = http.get("/api/documents?limit=2");
    assertThat(json(first)).hasSize(2);
    assertThat(first.headers().firstValue("X-Total-Count")).hasValue("4");
    assertThat(first.headers().firstValue("Link").orElse(""))
        .contains("</api/documents?limit=2&offset=2>; rel=\"next\"");
    HttpResponse<String> last = http.get("/api/documents?limit=2&offset=3");
    assertThat(json(last)).hasSize(1);
    assertThat(json(last).get(0).get("id").asText()).isEqualTo("d-hostile");
    assertThat(last.headers().firstValue("Link").orElse(""))
        .contains("rel=\"prev\"")
        .doesNotContain("next");
    assertThat(json(http.get("/api/documents?offset=50"))).isEmpty();
    assertThat(json(http.get("/api/entities?limit=3&offset=1"))).hasSize(3);
  }

  @Test
  void badParametersAreProblemJson400sThatNameTheParameter() throws Exception {
    for (String path :
        new String[] {
          "/api/documents?limit=-3",
          "/api/documents?limit=0",
          "/api/documents?limit=501",
          "/api/documents?limit=ten",
          "/api/entities?offset=-1",
          "/api/entities?offset=99999999999",
          "/api/search?q=x&offset=5000",
          "/api/search?q=x&type=WEAPON",
          "/api/search?q=x&month=July",
          "/api/search?q=" + "x".repeat(DossierServer.MAX_QUERY_LENGTH + 1),
          "/api/search"
        }) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .startsWith("application/problem+json");
      JsonNode problem = json(r);
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).isNotBlank();
    }
    assertThat(json(http.get("/api/documents?limit=0")).get("detail").asText())
        .contains("limit must be an integer from 1 to 500");
  }

  @Test
  void missingThingsAre404s() throws Exception {
    HttpResponse<String> missing = http.get("/api/entities/e-nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(missing).get("status").asInt()).isEqualTo(404);
    assertThat(missing.headers().firstValue("ETag")).isEmpty();
    assertThat(http.get("/api/documents/d-nope").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/no-such-route").statusCode()).isEqualTo(404);
    assertThat(http.get("/entities/e-nope").statusCode()).isEqualTo(404);
    assertThat(http.get("/documents/d-nope").statusCode()).isEqualTo(404);
  }

  @Test
  void unchangedResourcesRevalidateWith304() throws Exception {
    HttpResponse<String> r = http.get("/api/entities/e-haftar");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
    HttpResponse<String> again = http.get("/api/entities/e-haftar", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<String> page = http.get("/entities/e-haftar", "If-None-Match", "W/" + etag);
    assertThat(page.statusCode()).isEqualTo(304);
    assertThat(http.get("/api/entities/e-haftar", "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
    HttpResponse<String> css = http.get("/static/dossier.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
  }

  @Test
  void oversizedAndCrossSiteWritesAreRefused() throws Exception {
    HttpResponse<String> big =
        http.post(
            "/api/entities/e-tobruk/rename",
            "application/x-www-form-urlencoded",
            "name=" + "x".repeat((int) ServerConfig.DEFAULT_MAX_REQUEST_BYTES + 10));
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");

    HttpResponse<String> crossSite =
        http.postForm(
            "/entities/e-tobruk/rename", Map.of("name", "Hacked"), "Origin", "http://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> fetchSite =
        http.postForm(
            "/entities/e-tobruk/rename",
            Map.of("name", "Hacked"),
            "Origin",
            "null",
            "Sec-Fetch-Site",
            "cross-site");
    assertThat(fetchSite.statusCode()).isEqualTo(403);
    assertThat(kb.entity("e-tobruk").orElseThrow().name()).isEqualTo("Tobruk");
  }
}
