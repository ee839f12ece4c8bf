// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/** The kinds of named entity Dossier tracks. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
