// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** What a relation between two entities says. */
public enum RelationPredicate {
  /** The subject backs the object (arms, funds, aids, "X-backed Y"). */
  SUPPORTS,
  /** The subject acts against the object (attacks, fights, threatens, sanctions it). */
  OPPOSES,
  /** The subject leads the object ("LNA commander Khalifa Haftar"). */
  LEADS,
  /** The subject belongs to the object ("a senior official of the GNA"). */
  MEMBER_OF,
  /** The subject speaks for the object ("a spokesman for the LNA, Ahmed al-Mismari, said"). */
  SPEAKS_FOR,
  /** The two are allied ("Haftar-allied forces"); stored with the smaller id as subject. */
  ALLIED_WITH;

  /** The lower-case name used in exports ({@code member_of}). */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the relation holds both ways. */
  public boolean symmetric() {
    return this == ALLIED_WITH;
  }
}
