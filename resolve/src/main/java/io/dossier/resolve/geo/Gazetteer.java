// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.geo;

import io.dossier.model.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names and coordinates read from a file in the GeoNames dump format (tab-separated:
 * geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
 * country code, …, population, …), such as {@code cities15000.txt} or a country file like {@code
 * LY.txt}. Names are matched with case, accents and punctuation folded; a leading {@code al-} /
 * {@code el-} is optional.
 */
public final class Gazetteer {

  /** One gazetteer record. */
  public record Place(
      long id,
      String name,
      double lat,
      double lon,
      String featureClass,
      String featureCode,
      String country,
      long population) {

    /** Whether the record is a country (feature code PCL…). */
    public boolean isCountry() {
      return featureCode.startsWith("PCL");
    }
  }

  /** A leading Arabic article as folded by {@link #key}: al, el and the assimilated forms. */
  private static final Pattern ARTICLE = Pattern.compile("(?:al|el|ad|ar|as|az) (.+)");

  private final Map<String, List<Place>> byName;
  private final Map<String, List<Place>> byNameWithoutArticle;
  private final int size;
  private final int skipped;

  private Gazetteer(
      Map<String, List<Place>> byName,
      Map<String, List<Place>> byNameWithoutArticle,
      int size,
      int skipped) {
    this.byName = byName;
    this.byNameWithoutArticle = byNameWithoutArticle;
    this.size = size;
    this.skipped = skipped;
  }

  /**
   * Reads a GeoNames-format file. Malformed lines are skipped and counted; an unreadable file or
   * one without a single valid line is a configuration error naming the file.
   */
  public static Gazetteer read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("Gazetteer " + file + " is not a readable file");
    }
    Map<String, List<Place>> byName = new HashMap<>();
    Map<String, List<Place>> byNameWithoutArticle = new HashMap<>();
    int size = 0;
    int skipped = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Place place = parse(line);
        if (place == null) {
          skipped++;
          continue;
        }
        size++;
        String[] columns = line.split("\t", -1);
        Set<String> names = new LinkedHashSet<>();
        names.add(columns[1]);
        names.add(columns[2]);
        for (String alternate : columns[3].split(",")) {
          names.add(alternate);
        }
        // names that differ only in accents or case fold to one key: index the place once
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
          String key = key(name);
          if (!key.isEmpty()) {
            keys.add(key);
          }
        }
        Set<String> bareKeys = new LinkedHashSet<>();
        for (String key : keys) {
          byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
          Matcher article = ARTICLE.matcher(key);
          if (article.matches()) {
            bareKeys.add(article.group(1));
          }
        }
        for (String bare : bareKeys) {
          byNameWithoutArticle.computeIfAbsent(bare, k -> new ArrayList<>(1)).add(place);
        }
      }
    } catch (CharacterCodingException e) {
      throw new ConfigException(
          "Gazetteer " + file + " is not UTF-8 text (GeoNames dumps are UTF-8)", e);
    } catch (IOException e) {
      throw new ConfigException("Gazetteer " + file + " cannot be read: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ConfigException(
          "Gazetteer "
              + file
              + " has no valid GeoNames lines (tab-separated: geonameid, name, asciiname,"
              + " alternatenames, latitude, longitude, feature class, feature code, country code,"
              + " …, population)");
    }
    return new Gazetteer(byName, byNameWithoutArticle, size, skipped);
  }

  private static Place parse(String line) {
    String[] c = line.split("\t", -1);
    if (c.length < 15) {
      return null;
    }
    try {
      double lat = Double.parseDouble(c[4]);
      double lon = Double.parseDouble(c[5]);
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || c[1].isBlank()) {
        return null;
      }
      long population = c[14].isBlank() ? 0 : Long.parseLong(c[14].trim());
      return new Place(
          Long.parseLong(c[0].trim()),
          c[1],
          lat,
          lon,
          c[6],
          c[7],
          c[8].toUpperCase(Locale.ROOT),
          population);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Records whose name or alternate name is {@code name} (folded). Without an exact match, a
   * leading article is optional on either side: {@code al-Zawiya} finds {@code Zawiya}, and {@code
   * Bayda} finds {@code Al Bayda}.
   */
  public List<Place> lookup(String name) {
    String key = key(name);
    List<Place> found = byName.get(key);
    if (found == null) {
      Matcher article = ARTICLE.matcher(key);
      String bare = article.matches() ? article.group(1) : key;
      if (!bare.equals(key)) {
        found = byName.get(bare);
      }
      if (found == null) {
        found = byNameWithoutArticle.get(bare);
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  /** Number of records read. */
  public int size() {
    return size;
  }

  /** Number of malformed lines skipped. */
  public int skipped() {
    return skipped;
  }

  /** A name folded for lookup. */
  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .trim();
  }
}
