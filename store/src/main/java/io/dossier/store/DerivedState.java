// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

/**
 * Which state of the store the derived tables (merged events, linked claims) reflect.
 *
 * @param documents number of the last committed document
 * @param curations number of the last curation decision
 * @param derivedDocuments the document number the derived tables were built from ({@code -1} never)
 * @param derivedCurations the curation number they were built from ({@code -1} never)
 */
public record DerivedState(
    long documents, long curations, long derivedDocuments, long derivedCurations) {

  /** Whether the derived tables reflect every committed document and curation decision. */
  public boolean current() {
    return documents == derivedDocuments && curations == derivedCurations;
  }
}
