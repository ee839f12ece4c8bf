// SPDX-License-Identifier: GPL-3.0-or-later
/** Geocoding of event places through a gazetteer the user supplies in GeoNames format. */
@NullMarked
package io.dossier.resolve.geo;

import org.jspecify.annotations.NullMarked;
