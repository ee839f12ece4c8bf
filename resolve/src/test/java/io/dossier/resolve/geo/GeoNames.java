// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small gazetteers in the GeoNames dump format for tests. */
final class GeoNames {

  static final long TRIPOLI_LY = 2210247;
  static final long TRIPOLI_LB = 266826;
  static final long BENGHAZI = 88319;
  static final long LIBYA = 2215636;
  static final long LEBANON = 272103;
  static final long BAYDA = 87205;
  static final long ZAWIYA = 2216885;
  static final long ZAWIYA_MOSQUE = 9000001;

  /** Libya and Lebanon: two Tripolis, Benghazi, both countries, al-Bayda and az-Zawiya. */
  static final List<String> PLACES =
      List.of(
          line(
              TRIPOLI_LY,
              "Tripoli",
              "Tripoli",
              "Tarabulus,Trípoli,TRIPOLI",
              32.88743,
              13.18733,
              "P",
              "PPLC",
              "LY",
              1150989),
          line(
              TRIPOLI_LB,
              "Tripoli",
              "Tripoli",
              "Trablous,Tarabulus",
              34.43667,
              35.84972,
              "P",
              "PPLA",
              "LB",
              229398),
          line(
              BENGHAZI,
              "Benghazi",
              "Benghazi",
              "Banghazi,Banghāzī,Bengasi",
              32.11486,
              20.06859,
              "P",
              "PPLA",
              "LY",
              650629),
          line(LIBYA, "Libya", "Libya", "Libye,Lībiyā", 28.0, 17.0, "A", "PCLI", "LY", 6461454),
          line(
              LEBANON, "Lebanon", "Lebanon", "Liban", 33.83333, 35.83333, "A", "PCLI", "LB",
              4125247),
          line(
              BAYDA,
              "Al Bayḑā’",
              "Al Bayda'",
              "Beida",
              32.76272,
              21.75506,
              "P",
              "PPLA",
              "LY",
              206180),
          line(
              ZAWIYA,
              "Zawiya",
              "Zawiya",
              "Az Zawiyah",
              32.7571,
              12.72764,
              "P",
              "PPLA",
              "LY",
              186123),
          line(ZAWIYA_MOSQUE, "Zawiya", "Zawiya", "", 32.0, 13.0, "S", "MSQE", "ly", 9999999));

  private GeoNames() {}

  /** One GeoNames line: 19 tab-separated columns. */
  static String line(
      long id,
      String name,
      String ascii,
      String alternates,
      double lat,
      double lon,
      String featureClass,
      String featureCode,
      String country,
      long population) {
    return String.join(
        "\t",
        Long.toString(id),
        name,
        ascii,
        alternates,
        Double.toString(lat),
        Double.toString(lon),
        featureClass,
        featureCode,
        country,
        "",
        "00",
        "",
        "",
        "",
        Long.toString(population),
        "",
        "10",
        "Africa/Tripoli",
        "2024-01-01");
  }

  static Path write(Path dir, String fileName, List<String> lines) throws IOException {
    Path file = dir.resolve(fileName);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  static Gazetteer gazetteer(Path dir) throws IOException {
    return Gazetteer.read(write(dir, "LY.txt", PLACES));
  }
}
