// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/**
 * Event types of the PLOVER ontology (Political Language Ontology for Verifiable Event Records), as
 * the export contract lists them. The finer kind goes into an event's {@code mode}.
 */
public enum EventType {
  AGREE,
  CONSULT,
  SUPPORT,
  COOPERATE,
  AID,
  CONCEDE,
  RETREAT,
  INVESTIGATE,
  DEMAND,
  DISAPPROVE,
  REJECT,
  THREATEN,
  PROTEST,
  MOBILIZE,
  SANCTION,
  COERCE,
  ASSAULT,
  FIGHT,
  CRIME
}
