// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.geo;

import static io.dossier.resolve.geo.GeoNames.BENGHAZI;
import static io.dossier.resolve.geo.GeoNames.TRIPOLI_LB;
import static io.dossier.resolve.geo.GeoNames.TRIPOLI_LY;
import static io.dossier.resolve.geo.GeoNames.ZAWIYA;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.EventDate;
import io.dossier.model.EventMention;
import io.dossier.model.EventPlace;
import io.dossier.model.EventType;
import io.dossier.model.Geocode;
import io.dossier.model.LocalEntity;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeocoderTest {
  @TempDir Path dir;
  private Geocoder geocoder;

  @BeforeEach
  void readGazetteer() throws IOException {
    geocoder = new Geocoder(GeoNames.gazetteer(dir));
  }

  /**
   * An article whose text is {@code text}; every name in {@code places} is a LOCATION entity and
   * {@code eventPlaces} are the places of its events (null: an event without a place).
   */
  private static DocumentAnalysis article(
      String text, List<String> places, List<@Nullable String> eventPlaces) {
    List<LocalEntity> entities = new ArrayList<>();
    for (String name : places) {
      entities.add(local(text, entities.size(), EntityType.LOCATION, name));
    }
    List<EventMention> events = new ArrayList<>();
    for (String place : eventPlaces) {
      events.add(event(text, place));
    }
    Article article =
        new Article(
            "d-1",
            "d-1.txt",
            "Reuters",
            null,
            LocalDate.of(2017, 7, 24),
            PublishedBasis.METADATA,
            "en",
            text,
            List.of(),
            null,
            "hash",
            null);
    return new DocumentAnalysis(article, entities, List.of(), events, List.of());
  }

  private static LocalEntity local(String text, int index, EntityType type, String name) {
    Span span = span(text, name);
    return new LocalEntity(
        index,
        type,
        name,
        null,
        List.of(
            new EntityMention(
                new Provenance("d-1", span, "ner:test", "1"), name, type, null, "canonical")));
  }

  private static EventMention event(String text, @Nullable String place) {
    Span trigger = span(text, "clashes");
    return new EventMention(
        new Provenance("d-1", trigger, "event:test", "1"),
        "clashes",
        new Span(0, text.length()),
        EventType.FIGHT,
        null,
        List.of(),
        EventDate.unknown("none"),
        place == null ? null : new EventPlace(place, span(text, place), null, "in"),
        null,
        null,
        Modality.ASSERTED,
        List.of(),
        null);
  }

  private static Span span(String text, String surface) {
    int at = text.indexOf(surface);
    if (at < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in text");
    }
    return new Span(at, at + surface.length());
  }

  @Test
  void articleNamingBenghaziPutsTripoliInLibya() {
    String text = "After clashes in Tripoli, fighters moved east towards Benghazi.";

    Map<Integer, Geocode> found =
        geocoder.geocode(article(text, List.of("Tripoli", "Benghazi"), List.of("Tripoli")));

    assertThat(found).containsOnlyKeys(0);
    Geocode tripoli = found.get(0);
    assertThat(tripoli.geonameId()).isEqualTo(TRIPOLI_LY);
    assertThat(tripoli.country()).isEqualTo("LY");
    assertThat(tripoli.name()).isEqualTo("Tripoli");
    assertThat(tripoli.lat()).isEqualTo(32.88743);
    assertThat(tripoli.lon()).isEqualTo(13.18733);
    assertThat(tripoli.rule()).isEqualTo("country-context:LY");
  }

  @Test
  void articleNamingLibyaPutsTripoliInLibya() {
    String text = "Libya saw new clashes in Tripoli.";

    Geocode tripoli =
        geocoder.geocode(article(text, List.of("Libya", "Tripoli"), List.of("Tripoli"))).get(0);

    assertThat(tripoli.geonameId()).isEqualTo(TRIPOLI_LY);
    assertThat(tripoli.rule()).isEqualTo("country-context:LY");
  }

  @Test
  void articleNamingLebanonPutsTripoliInLebanon() {
    String text = "Lebanon saw new clashes in Tripoli.";

    Geocode tripoli =
        geocoder.geocode(article(text, List.of("Lebanon", "Tripoli"), List.of("Tripoli"))).get(0);

    assertThat(tripoli.geonameId()).isEqualTo(TRIPOLI_LB);
    assertThat(tripoli.country()).isEqualTo("LB");
    assertThat(tripoli.rule()).isEqualTo("country-context:LB");
  }

  @Test
  void withoutCountryContextTheLargestPopulationWins() {
    String text = "There were clashes in Tripoli.";

    Geocode tripoli =
        geocoder.geocode(article(text, List.of("Tripoli"), List.of("Tripoli"))).get(0);

    assertThat(tripoli.geonameId()).isEqualTo(TRIPOLI_LY);
    assertThat(tripoli.rule()).isEqualTo("largest-population (no country context)");
  }

  @Test
  void contextNamingBothCountriesDecidesNothing() {
    Geocode tripoli = geocoder.geocode("Tripoli", Set.of("LY", "LB"));

    assertThat(tripoli.geonameId()).isEqualTo(TRIPOLI_LY);
    assertThat(tripoli.rule()).isEqualTo("largest-population (no country context)");
  }

  @Test
  void singleCandidateIsTakenWhateverTheContext() {
    Geocode benghazi = geocoder.geocode("Benghazi", Set.of("LB"));

    assertThat(benghazi.geonameId()).isEqualTo(BENGHAZI);
    assertThat(benghazi.rule()).isEqualTo("only-candidate");
  }

  @Test
  void populatedPlaceBeatsALargerOtherFeature() {
    // the mosque record claims a larger population but is not a populated place
    Geocode zawiya = geocoder.geocode("az-Zawiya", Set.of());

    assertThat(zawiya.geonameId()).isEqualTo(ZAWIYA);
    assertThat(zawiya.rule()).isEqualTo("largest-population");
  }

  @Test
  void unknownPlacesAndEventsWithoutPlaceAreLeftOut() {
    String text = "There were clashes in Wadi Sar and in Benghazi.";

    Map<Integer, Geocode> found =
        geocoder.geocode(
            article(text, List.of(), java.util.Arrays.asList("Wadi Sar", null, "Benghazi")));

    assertThat(found).containsOnlyKeys(2);
    assertThat(found.get(2).geonameId()).isEqualTo(BENGHAZI);
  }

  @Test
  void countryContextComesFromCountriesAndUnambiguousLocationsOnly() {
    String text = "Tripoli, Benghazi and Lebanon were named; so was the Libya Observer.";
    List<LocalEntity> entities =
        List.of(
            local(text, 0, EntityType.LOCATION, "Tripoli"),
            local(text, 1, EntityType.LOCATION, "Benghazi"),
            local(text, 2, EntityType.LOCATION, "Lebanon"),
            local(text, 3, EntityType.ORGANIZATION, "Libya"));

    assertThat(geocoder.countryContext(entities)).containsExactly("LY", "LB");
    assertThat(geocoder.countryContext(entities.subList(0, 1))).isEmpty();
    assertThat(geocoder.countryContext(entities.subList(3, 4))).isEmpty();
  }
}
