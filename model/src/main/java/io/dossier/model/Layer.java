// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/**
 * A kind of annotation that a stage provides or requires. The engine checks, when it builds the
 * pipeline, that every stage's requirements are provided by an earlier stage.
 */
public enum Layer {
  TOKENS,
  SENTENCES,
  POS,
  LEMMAS,
  /** Named-entity mentions (PERSON, ORGANIZATION, LOCATION, MISC). */
  NER,
  /** Time expressions normalized against the article date (SUTime). */
  TIMES,
  /** Basic or enhanced dependency parses. */
  DEPENDENCIES,
  /** Per-article entity mentions and within-document chains. */
  ENTITIES
}
