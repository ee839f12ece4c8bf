// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.geo;

import static io.dossier.resolve.geo.GeoNames.BAYDA;
import static io.dossier.resolve.geo.GeoNames.BENGHAZI;
import static io.dossier.resolve.geo.GeoNames.LIBYA;
import static io.dossier.resolve.geo.GeoNames.TRIPOLI_LB;
import static io.dossier.resolve.geo.GeoNames.TRIPOLI_LY;
import static io.dossier.resolve.geo.GeoNames.ZAWIYA;
import static io.dossier.resolve.geo.GeoNames.ZAWIYA_MOSQUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.ConfigException;
import io.dossier.resolve.geo.Gazetteer.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  @Test
  void readsEveryColumnOfARecord() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("Benghazi"))
        .containsExactly(
            new Place(BENGHAZI, "Benghazi", 32.11486, 20.06859, "P", "PPLA", "LY", 650629));
    assertThat(gazetteer.size()).isEqualTo(GeoNames.PLACES.size());
    assertThat(gazetteer.skipped()).isZero();
  }

  @Test
  void ambiguousNameGivesEveryRecordOnce() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    // "Tripoli", "Trípoli" and "TRIPOLI" fold to one key: the Libyan record must not repeat
    assertThat(gazetteer.lookup("Tripoli"))
        .extracting(Place::id)
        .containsExactly(TRIPOLI_LY, TRIPOLI_LB);
    assertThat(gazetteer.lookup("Banghazi")).extracting(Place::id).containsExactly(BENGHAZI);
  }

  @Test
  void namesAreMatchedWithCaseAccentsAndPunctuationFolded() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("TRÍPOLI")).extracting(Place::id).contains(TRIPOLI_LY);
    assertThat(gazetteer.lookup("  benghazi ")).extracting(Place::id).containsExactly(BENGHAZI);
    assertThat(gazetteer.lookup("Banghāzī")).extracting(Place::id).containsExactly(BENGHAZI);
    assertThat(gazetteer.lookup("Al-Bayda")).extracting(Place::id).containsExactly(BAYDA);
    assertThat(Gazetteer.key("Al Bayḑā’")).isEqualTo("al bayda");
  }

  @Test
  void alternateNamesFindTheRecord() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("Bengasi")).extracting(Place::id).containsExactly(BENGHAZI);
    assertThat(gazetteer.lookup("Trablous")).extracting(Place::id).containsExactly(TRIPOLI_LB);
    assertThat(gazetteer.lookup("Tarabulus"))
        .extracting(Place::id)
        .containsExactly(TRIPOLI_LY, TRIPOLI_LB);
  }

  @Test
  void leadingArticleIsOptionalInTheQuery() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("al-Benghazi")).extracting(Place::id).containsExactly(BENGHAZI);
    assertThat(gazetteer.lookup("el-Benghazi")).extracting(Place::id).containsExactly(BENGHAZI);
    assertThat(gazetteer.lookup("az-Zawiya"))
        .extracting(Place::id)
        .containsExactly(ZAWIYA, ZAWIYA_MOSQUE);
  }

  @Test
  void leadingArticleIsOptionalInTheGazetteer() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("Bayda")).extracting(Place::id).containsExactly(BAYDA);
    assertThat(gazetteer.lookup("Zawiyah")).extracting(Place::id).containsExactly(ZAWIYA);
    assertThat(gazetteer.lookup("el-Bayda")).extracting(Place::id).containsExactly(BAYDA);
  }

  @Test
  void unknownNameGivesNothing() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("Wadi Sar")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
    assertThat(gazetteer.lookup("al")).isEmpty();
  }

  @Test
  void countryRecordsAreRecognizedAndCountryCodesUpperCased() throws IOException {
    Gazetteer gazetteer = GeoNames.gazetteer(dir);

    assertThat(gazetteer.lookup("Libya"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(LIBYA);
              assertThat(p.isCountry()).isTrue();
            });
    assertThat(gazetteer.lookup("Benghazi").get(0).isCountry()).isFalse();
    assertThat(gazetteer.lookup("az-Zawiya")).extracting(Place::country).containsOnly("LY");
  }

  @Test
  void malformedLinesAreSkippedAndCounted() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# GeoNames extract for tests");
    lines.add("");
    lines.add("this is not a geonames line");
    lines.add(String.join("\t", "1", "Short", "Short", "", "1.0", "2.0"));
    lines.add(
        GeoNames.line(2, "Bad latitude", "Bad latitude", "", 95.0, 20.0, "P", "PPL", "LY", 10));
    lines.add(
        GeoNames.line(3, "Bad longitude", "Bad longitude", "", 30.0, 181.0, "P", "PPL", "LY", 1));
    lines.add(GeoNames.line(4, " ", "Blank", "", 30.0, 20.0, "P", "PPL", "LY", 10));
    lines.add(
        GeoNames.line(5, "Words", "Words", "", 30.0, 20.0, "P", "PPL", "LY", 10)
            .replace("30.0", "north"));
    lines.add(
        GeoNames.line(6, "Crowd", "Crowd", "", 30.0, 20.0, "P", "PPL", "LY", 10)
            .replace("\t10\t", "\tmany\t"));
    lines.addAll(GeoNames.PLACES);

    Gazetteer gazetteer = Gazetteer.read(GeoNames.write(dir, "messy.txt", lines));

    assertThat(gazetteer.size()).isEqualTo(GeoNames.PLACES.size());
    assertThat(gazetteer.skipped()).isEqualTo(7);
    assertThat(gazetteer.lookup("Benghazi")).hasSize(1);
    assertThat(gazetteer.lookup("Blank")).isEmpty();
  }

  @Test
  void missingPopulationCountsAsZero() throws IOException {
    String line =
        GeoNames.line(7, "Wadi Sar", "Wadi Sar", "", 31.0, 21.0, "P", "PPL", "LY", 0)
            .replace("\t0\t", "\t\t");

    Gazetteer gazetteer = Gazetteer.read(GeoNames.write(dir, "one.txt", List.of(line)));

    assertThat(gazetteer.lookup("Wadi Sar")).extracting(Place::population).containsExactly(0L);
  }

  @Test
  void emptyFileIsAConfigErrorNamingTheFile() throws IOException {
    Path file = GeoNames.write(dir, "empty.txt", List.of());

    assertThatThrownBy(() -> Gazetteer.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("no valid GeoNames lines");
  }

  @Test
  void fileOfOnlyMalformedLinesIsAConfigError() throws IOException {
    Path file = GeoNames.write(dir, "junk.txt", List.of("name,lat,lon", "Benghazi,32.1,20.1"));

    assertThatThrownBy(() -> Gazetteer.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("tab-separated");
  }

  @Test
  void nonUtf8FileIsAConfigErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(
        file, (String.join("\n", GeoNames.PLACES) + "\n").getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> Gazetteer.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not UTF-8")
        .hasCauseInstanceOf(java.nio.charset.CharacterCodingException.class);
  }

  @Test
  void missingFileOrDirectoryIsAConfigErrorNamingIt() {
    Path missing = dir.resolve("cities15000.txt");

    assertThatThrownBy(() -> Gazetteer.read(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Gazetteer " + missing + " is not a readable file");
    assertThatThrownBy(() -> Gazetteer.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(dir.toString());
  }
}
