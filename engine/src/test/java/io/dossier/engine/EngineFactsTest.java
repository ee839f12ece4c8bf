// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.pipeline.AnalysisBuilder;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.ExtractionStage;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.ActorRole;
import io.dossier.model.AnnotatedText;
import io.dossier.model.CasualtyCount;
import io.dossier.model.EventActor;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Layer;
import io.dossier.model.LocalEntity;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.Span;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events from ingest to every export without models: a stand-in event stage, the real store,
 * merging, gazetteer and exporters.
 */
class EngineFactsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** "executed N prisoners in PLACE" → an ASSAULT/execution mention with the figure and place. */
  static final class FakeEventStage implements ExtractionStage {
    private static final Pattern EXECUTION =
        Pattern.compile("executed (\\d+) prisoners in (\\p{Lu}\\p{L}+)");

    @Override
    public String name() {
      return "fake-events";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of();
    }

    @Override
    public void apply(AnnotatedText text, AnalysisBuilder into) {
      List<EventMention> found = new ArrayList<>();
      Matcher m = EXECUTION.matcher(text.text());
      while (m.find()) {
        List<EventActor> actors = new ArrayList<>();
        for (LocalEntity e : into.entities()) {
          Span s = e.mentions().get(0).span();
          actors.add(new EventActor(ActorRole.SOURCE, e.name(), s, e.index()));
        }
        Span trigger = new Span(m.start(), m.start() + "executed".length());
        Span number = new Span(m.start(1), m.end(1));
        found.add(
            new EventMention(
                new Provenance(text.document(), trigger, "fake", "1"),
                "executed",
                new Span(0, text.text().length()),
                EventType.ASSAULT,
                "execution",
                actors,
                EventDate.unknown("no time expression governs it"),
                new EventPlace(m.group(2), new Span(m.start(2), m.end(2)), null, "in"),
                new CasualtyCount(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(1)),
                    "exact",
                    number,
                    m.group(1)),
                null,
                Modality.ASSERTED,
                List.of(),
                null));
      }
      into.events(found);
    }
  }

  private Engine engine(Path store, Path gazetteer) {
    return Engine.of(
        new EngineConfig(store, 2, gazetteer),
        SqliteKnowledgeBase.open(store),
        () -> {
          List<ExtractionStage> stages = new ArrayList<>(ArticleProcessor.standardStages());
          stages.add(new FakeEventStage());
          return new ArticleProcessor(new FakeAnnotation(Set.of("Haddar"), false), stages);
        });
  }

  @Test
  void relationsStatedInTheTextAreExportedWithTheirEvidence() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"id\":\"voa\",\"outlet\":\"VOA\",\"text\":\"KNA commander Haddar spoke on"
            + " Monday.\"}\n"
            + "{\"id\":\"obs\",\"outlet\":\"Observer\",\"text\":\"Haddar, who leads the"
            + " KNA, said nothing.\"}\n",
        StandardCharsets.UTF_8);
    Path store = tmp.resolve("kb");
    try (Engine e =
        Engine.of(
            new EngineConfig(store, 1, null),
            SqliteKnowledgeBase.open(store),
            () ->
                new ArticleProcessor(
                    new FakeAnnotation(Map.of("Haddar", "PERSON", "KNA", "ORGANIZATION"), false),
                    ArticleProcessor.standardStages()))) {
      e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(e.knowledgeBase().relationCount()).isEqualTo(1);
      e.exportJsonl(tmp.resolve("out"));
    }
    List<String> lines = Files.readAllLines(tmp.resolve("out/relations.jsonl"));
    assertThat(lines).hasSize(1);
    JsonNode r = JSON.readTree(lines.get(0));
    assertThat(r.get("id").asText()).startsWith("r-");
    assertThat(r.get("predicate").asText()).isEqualTo("leads");
    assertThat(r.get("sources")).extracting(JsonNode::asText).containsExactly("VOA", "Observer");
    assertThat(r.get("evidence")).hasSize(2);
    for (JsonNode evidence : r.get("evidence")) {
      String text = documentText(evidence.get("document").asText());
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
          .isEqualTo(evidence.get("text").asText());
      assertThat(evidence.get("rule").asText()).startsWith("text:");
    }
    List<String> entities = Files.readAllLines(tmp.resolve("out/entities.jsonl"));
    String haddar =
        entities.stream()
            .map(this::tree)
            .filter(n -> n.get("name").asText().equals("Haddar"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();
    assertThat(r.get("subject").asText()).isEqualTo(haddar);
  }

  private JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoOutletsDisagreeingOnTheTollGiveOneEventWithBothFigures() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"id\":\"voa\",\"outlet\":\"VOA\",\"published\":\"2017-07-24\",\"text\":\"Haddar"
            + " fighters executed 18 prisoners in Benghazi.\"}\n"
            + "{\"id\":\"obs\",\"outlet\":\"Observer\",\"published\":\"2017-07-25\","
            + "\"text\":\"Fighters loyal to Haddar executed 20 prisoners in Benghazi, a"
            + " monitor said.\"}\n"
            + "{\"id\":\"later\",\"outlet\":\"VOA\",\"published\":\"2018-03-01\",\"text\":\"Haddar"
            + " fighters executed 5 prisoners in Benghazi again.\"}\n",
        StandardCharsets.UTF_8);
    Path gazetteer = tmp.resolve("gaz.txt");
    Files.writeString(
        gazetteer,
        "88319\tBenghazi\tBenghazi\tBanghazi,Bengasi\t32.11486\t20.06859\tP\tPPLA\tLY\t\t"
            + "54\t\t\t\t650629\t\t7\tAfrica/Tripoli\t2019-09-05\n",
        StandardCharsets.UTF_8);

    Path store = tmp.resolve("kb");
    try (Engine e = engine(store, gazetteer)) {
      e.ingest(List.of(in), IngestDefaults.NONE, IngestListener.NONE);
      assertThat(e.knowledgeBase().derivedState().current()).isTrue();
      assertThat(e.exportAcledCsv(tmp.resolve("events.csv"))).isEqualTo(2);
      assertThat(e.exportGeoJson(tmp.resolve("events.geojson"))).isEqualTo(2);
      e.exportJsonl(tmp.resolve("out"));
    }

    List<String> events = Files.readAllLines(tmp.resolve("out/events.jsonl"));
    assertThat(events).hasSize(2);
    JsonNode first = JSON.readTree(events.get(0));
    assertThat(first.get("type").asText()).isEqualTo("ASSAULT");
    assertThat(first.get("mode").asText()).isEqualTo("execution");
    assertThat(first.get("date").isNull()).isTrue();
    assertThat(first.get("date_precision").asText()).isEqualTo("unknown");
    assertThat(first.get("date_basis").asText()).contains("2017-07-24").contains("upper bound");
    assertThat(first.at("/fatalities/min").asInt()).isEqualTo(18);
    assertThat(first.at("/fatalities/max").asInt()).isEqualTo(20);
    assertThat(first.at("/fatalities/reports")).hasSize(2);
    assertThat(first.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(first.at("/location/lat").asDouble()).isEqualTo(32.11486);
    assertThat(first.at("/actors/0/name").asText()).isEqualTo("Haddar");
    assertThat(first.at("/actors/0/entity").asText()).startsWith("e-");
    assertThat(first.at("/evidence")).hasSize(2);
    for (JsonNode evidence : first.get("evidence")) {
      String text = documentText(evidence.get("document").asText());
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
          .isEqualTo(evidence.get("text").asText());
    }
    JsonNode later = JSON.readTree(events.get(1));
    assertThat(later.at("/fatalities/min").asInt()).isEqualTo(5);

    List<String> csv = Files.readAllLines(tmp.resolve("events.csv"));
    assertThat(csv.get(0)).startsWith("event_id,event_date,time_precision,event_type");
    assertThat(csv.get(1))
        .contains(",3,ASSAULT,execution,Haddar,,Benghazi,32.11486,20.06859,1,18,VOA; Observer,")
        .contains("fatalities disputed: 18 (VOA, d-voa), 20 (Observer, d-obs)");

    JsonNode geo = JSON.readTree(tmp.resolve("events.geojson").toFile());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(20.06859);
    assertThat(geo.at("/features/0/properties/fatalities").asInt()).isEqualTo(18);
  }

  private String documentText(String id) throws IOException {
    for (String line : Files.readAllLines(tmp.resolve("out/documents.jsonl"))) {
      JsonNode d = JSON.readTree(line);
      if (d.get("id").asText().equals(id)) {
        return d.get("text").asText();
      }
    }
    throw new AssertionError("no document " + id);
  }
}
