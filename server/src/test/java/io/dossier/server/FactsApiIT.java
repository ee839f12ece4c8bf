// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.engine.export.JsonlExporter;
import io.dossier.store.SqliteKnowledgeBase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events, claims, sources and the graph through the real server on a free port, over a store whose
 * merged events and linked claims the engine built (two outlets disagreeing on a toll).
 */
class FactsApiIT {
  /**
   * Live markup other than the app's own script tags (same-origin files) and its SVG chart: a
   * script, iframe, img, object or embed element, an event-handler attribute (attribute values are
   * double-quoted, so text inside them is skipped), or a javascript: link.
   */
  static final String LIVE_MARKUP =
      "(?is).*(<script(?! src=\"/(static|webjars)/)|<(iframe|img|object|embed)\\b"
          + "|<[a-z]+(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+on[a-z]+\\s*=|href=\"javascript:).*";

  @TempDir static Path dir;
  private static SqliteKnowledgeBase kb;
  private static DossierServer server;
  private static Http http;
  private static List<JsonNode> exportedEvents;
  private static List<JsonNode> exportedClaims;

  @BeforeAll
  static void start() throws Exception {
    kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
    TestCorpus.fillWithFacts(kb);
    new JsonlExporter().export(kb, dir.resolve("out"));
    exportedEvents = lines(dir.resolve("out/events.jsonl"));
    exportedClaims = lines(dir.resolve("out/claims.jsonl"));
    server = DossierServer.create(kb, cfg -> cfg.port = 0);
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Http.JSON.readTree(line));
    }
    return out;
  }

  private static JsonNode killing() {
    return exportedEvents.stream()
        .filter(e -> e.get("type").asText().equals("ASSAULT"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFixtureMergesTheRaidAndLinksItsClaims() {
    JsonNode raid = killing();
    assertThat(raid.at("/fatalities/min").asInt()).isEqualTo(12);
    assertThat(raid.at("/fatalities/max").asInt()).isEqualTo(15);
    assertThat(raid.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(exportedEvents).hasSize(3);
    assertThat(exportedClaims).hasSize(6);
  }

  @Test
  void eventRecordsEqualTheExportAndFilterByEntityDateAndType() throws Exception {
    HttpResponse<String> all = http.get("/api/events");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(json(all)).containsExactlyElementsOf(exportedEvents);

    String id = killing().get("id").asText();
    assertThat(json(http.get("/api/events/" + id))).isEqualTo(killing());
    assertThat(http.get("/api/events/v-none").statusCode()).isEqualTo(404);

    JsonNode lna = json(http.get("/api/events?entity=e-lna"));
    assertThat(lna).hasSize(1);
    assertThat(lna.get(0).get("id").asText()).isEqualTo(id);
    assertThat(json(http.get("/api/events?from=2017-07-22&to=2017-07-31"))).hasSize(1);
    assertThat(json(http.get("/api/events?type=protest")).get(0).get("type").asText())
        .isEqualTo("PROTEST");
    HttpResponse<String> paged = http.get("/api/events?limit=1");
    assertThat(json(paged)).hasSize(1);
    assertThat(paged.headers().firstValue("Link").orElse(""))
        .contains("limit=1&offset=1>; rel=\"next\"");
    HttpResponse<String> bad = http.get("/api/events?from=July");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(http.get("/api/events?type=PARADE").statusCode()).isEqualTo(400);
  }

  @Test
  void claimRecordsEqualTheExportAndFilterBySpeakerOutletEntityAndStanding() throws Exception {
    HttpResponse<String> all = http.get("/api/claims?limit=500");
    assertThat(all.headers().firstValue("X-Total-Count")).hasValue("6");
    assertThat(json(all)).containsExactlyElementsOf(exportedClaims);
    JsonNode first = exportedClaims.get(0);
    assertThat(json(http.get("/api/claims/" + first.get("id").asText()))).isEqualTo(first);
    assertThat(http.get("/api/claims/c-none").statusCode()).isEqualTo(404);

    JsonNode haftar = json(http.get("/api/claims?speaker=e-haftar"));
    assertThat(haftar).hasSize(2);
    for (JsonNode c : haftar) {
      assertThat(c.at("/speaker/entity").asText()).isEqualTo("e-haftar");
      assertThat(c.get("independent_sources").asInt()).isEqualTo(2);
    }
    assertThat(json(http.get("/api/claims?outlet=AFP"))).hasSize(1);
    JsonNode corroborated = json(http.get("/api/claims?status=corroborated"));
    assertThat(corroborated).hasSize(2);
    JsonNode contradicted = json(http.get("/api/claims?status=contradicted"));
    assertThat(contradicted).isNotEmpty();
    for (JsonNode c : contradicted) {
      assertThat(c.get("contradictions")).isNotEmpty();
      assertThat(c.at("/contradictions/0/reason").asText()).isNotBlank();
    }
    JsonNode single = json(http.get("/api/claims?status=single-source"));
    assertThat(single.size() + corroborated.size()).isEqualTo(6);
    assertThat(json(http.get("/api/claims?entity=e-lna&status=single-source"))).isNotEmpty();
    assertThat(http.get("/api/claims?status=true").statusCode()).isEqualTo(400);
  }

  @Test
  void entitiesCarryTheirEventsClaimsAndRelations() throws Exception {
    JsonNode lna = json(http.get("/api/entities/e-lna"));
    assertThat(lna.get("events")).hasSize(1);
    assertThat(lna.get("events").get(0)).isEqualTo(killing());
    assertThat(lna.get("claims")).isNotEmpty();
    assertThat(lna.at("/totals/events").asInt()).isEqualTo(1);
    assertThat(lna.get("relations").isArray()).isTrue();
    JsonNode haftar = json(http.get("/api/entities/e-haftar"));
    assertThat(haftar.get("claims")).hasSize(2);
  }

  @Test
  void searchGroupsEntitiesEventsClaimsAndDocuments() throws Exception {
    JsonNode r = json(http.get("/api/search?q=Libyan%20National%20Army"));
    assertThat(r.get("entities").get(0).get("id").asText()).isEqualTo("e-lna");
    assertThat(r.get("events")).hasSize(1);
    assertThat(r.get("events").get(0)).isEqualTo(killing());
    assertThat(r.get("claims")).isNotEmpty();
    assertThat(r.at("/total/events").asInt()).isEqualTo(1);
    assertThat(r.has("documents")).isTrue();
  }

  @Test
  void sourceProfilesCountClaimsByStandingAndEvents() throws Exception {
    JsonNode sources = json(http.get("/api/sources"));
    JsonNode voa = null;
    for (JsonNode s : sources) {
      if (s.get("outlet").asText().equals("VOA")) {
        voa = s;
      }
    }
    assertThat(voa).isNotNull();
    assertThat(voa.get("claims").asInt()).isEqualTo(2);
    assertThat(voa.get("corroborated").asInt()).isEqualTo(1);
    assertThat(voa.get("corroborated_share").asDouble()).isEqualTo(0.5);
    assertThat(voa.get("events").asInt()).isEqualTo(1);
  }

  @Test
  void graphHasEventEdgesAndCooccurrence() throws Exception {
    JsonNode g = json(http.get("/api/graph?min_cooccurrence=1"));
    assertThat(g.get("nodes")).isNotEmpty();
    boolean cooccurrence = false;
    for (JsonNode e : g.get("edges")) {
      cooccurrence |= e.get("kind").asText().equals("cooccurrence");
    }
    assertThat(cooccurrence).isTrue();
    JsonNode ego = json(http.get("/api/graph?entity=e-haftar&min_cooccurrence=1"));
    assertThat(ego.get("nodes").get(0).get("id").asText()).isEqualTo("e-haftar");
    assertThat(http.get("/api/graph?entity=e-none").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/graph?limit=100000").statusCode()).isEqualTo(400);
  }

  // ---- pages ----

  @Test
  void eventPageShowsReportsPerSourceEvidenceLinksAndResponses() throws Exception {
    String id = killing().get("id").asText();
    HttpResponse<String> r = http.get("/events/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("12–15")
        .contains("conservative figure 12")
        .contains("VOA")
        .contains("Observer")
        .contains("href=\"/entities/e-lna\"")
        .contains("/documents/d-derna-voa?hl=")
        .contains("data-lat=\"32.76700\"")
        .contains("answered by")
        .contains("/webjars/leaflet/1.9.4/dist/leaflet.js")
        .doesNotMatch(LIVE_MARKUP);
    assertThat(http.get("/events/v-none").statusCode()).isEqualTo(404);
  }

  @Test
  void eventPageListsItsEvidenceAPageAtATime() throws Exception {
    JsonNode raid = killing();
    int total = raid.get("evidence").size();
    assertThat(total).isGreaterThan(1);
    String first = raid.at("/evidence/0/text").asText();
    String last = raid.at("/evidence/" + (total - 1) + "/text").asText();
    String page = http.get("/events/" + raid.get("id").asText() + "?offset=" + (total - 1)).body();
    assertThat(page)
        .contains("Evidence (" + total + ")")
        .contains("<ol class=\"evidence\" start=\"" + total + "\">")
        .contains(Html.escape(last))
        .doesNotContain(Html.escape(first))
        .contains("rel=\"prev\"")
        .contains(total + "–" + total + " of " + total);
    assertThat(http.get("/events/" + raid.get("id").asText() + "?offset=-1").statusCode())
        .isEqualTo(400);
  }

  @Test
  void claimPageShowsSpeakerSpanAndContradictionReasons() throws Exception {
    JsonNode contradicted = json(http.get("/api/claims?status=contradicted")).get(0);
    HttpResponse<String> r = http.get("/claims/" + contradicted.get("id").asText());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Contradicted by")
        .contains(Html.escape(contradicted.at("/contradictions/0/reason").asText()))
        .contains(
            "?hl=" + contradicted.get("start").asInt() + "-" + contradicted.get("end").asInt());
    JsonNode haftar = json(http.get("/api/claims?speaker=e-haftar")).get(0);
    assertThat(http.get("/claims/" + haftar.get("id").asText()).body())
        .contains("href=\"/entities/e-haftar\"")
        .contains("corroborated by 2 sources");
  }

  @Test
  void documentViewMarksClaimsEventsAndTheRequestedSpan() throws Exception {
    String text = TestCorpus.VOA_RAID;
    int start = text.indexOf("Khalifa");
    HttpResponse<String> r =
        http.get("/documents/d-derna-voa?hl=" + start + "-" + (start + 14) + "#hl");
    assertThat(r.body())
        .contains("<a class=\"event\" href=\"/events/")
        .contains("<span class=\"claim\">")
        .contains("class=\"claim-ref\" href=\"/claims/")
        .contains("<mark class=\"hl\" id=\"hl\">")
        .contains("<a class=\"mention\" href=\"/entities/e-haftar\"");
    assertThat(http.get("/documents/d-derna-voa?hl=9-3").statusCode()).isEqualTo(400);
  }

  @Test
  void ledgerTimelineMapGraphAndSourcesPagesRender() throws Exception {
    HttpResponse<String> ledger = http.get("/claims?status=contradicted");
    assertThat(ledger.statusCode()).isEqualTo(200);
    assertThat(ledger.body()).contains("class=\"active\" aria-current=\"page\">Contradicted");
    assertThat(http.get("/claims?outlet=AFP").body()).contains("1 claim").contains("AFP");
    HttpResponse<String> timeline = http.get("/timeline");
    assertThat(timeline.body()).contains("href=\"/timeline?month=2017-07#events\"");
    assertThat(http.get("/timeline?month=2017-07").body())
        .contains("2017-07-21")
        .contains("2017-07-22");
    assertThat(http.get("/timeline?month=July").statusCode()).isEqualTo(400);
    assertThat(http.get("/map").body()).contains("class=\"place\" data-lat=\"32.76700\"");
    assertThat(http.get("/graph").body()).contains("id=\"graph\"").contains("cytoscape.min.js");
    assertThat(http.get("/sources").body())
        .contains("Observer")
        .contains("href=\"/claims?outlet=VOA\"");
    assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode())
        .isEqualTo(200);
    assertThat(http.get("/static/map.js").statusCode()).isEqualTo(200);
  }

  @Test
  void entityPageShowsTimelineClaimsAndRelations() throws Exception {
    String body = http.get("/entities/e-lna").body();
    assertThat(body)
        .contains("<h2 id=\"events\">Events (1)</h2>")
        .contains("<span class=\"when\">2017-07-21</span>")
        .contains("Claims by it")
        .contains("Claims about it")
        .contains("id=\"relations\"");
  }

  @Test
  void hostileTextInEventsClaimsAndOutletsIsEscapedOnEveryNewPage() throws Exception {
    String event =
        exportedEvents.stream()
            .filter(e -> e.get("type").asText().equals("FIGHT"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();
    String claim = json(http.get("/api/claims?document=d-hostile-facts")).get(0).get("id").asText();
    for (String path :
        List.of(
            "/events/" + event,
            "/claims/" + claim,
            "/claims",
            "/claims?outlet=Evil%20%3Cb%3EOutlet%3C%2Fb%3E",
            "/documents/d-hostile-facts",
            "/documents/d-hostile-facts?hl=0-20",
            "/timeline?month=2017-07",
            "/map",
            "/graph",
            "/sources",
            "/?q=Sirte")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body())
          .as(path)
          .doesNotMatch(LIVE_MARKUP)
          .doesNotContain("<b>Outlet</b>")
          .doesNotContain("<i>raid</i>")
          .doesNotContain("<u>reportedly</u>");
    }
    assertThat(http.get("/events/" + event).body())
        .contains(Html.escape(TestCorpus.HOSTILE_PLACE))
        .contains(Html.escape(TestCorpus.HOSTILE_ACTOR));
    assertThat(http.get("/claims/" + claim).body())
        .contains(Html.escape(TestCorpus.HOSTILE_SPEAKER));
  }
}
