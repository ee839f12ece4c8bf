// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * Coordinates of a place name from the user's gazetteer.
 *
 * @param name the gazetteer's name for the place
 * @param lat latitude (WGS84)
 * @param lon longitude (WGS84)
 * @param country ISO 3166 alpha-2 country code from the gazetteer, or empty
 * @param geonameId the gazetteer record id
 * @param rule how the record was chosen among candidates (e.g. {@code only-candidate}, {@code
 *     country-context:LY}, {@code largest-population})
 */
public record Geocode(
    String name, double lat, double lon, String country, long geonameId, String rule) {
  public Geocode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rule, "rule");
  }
}
