// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/** Root of Dossier's unchecked exceptions; messages say what is wrong and how to fix it. */
public class DossierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DossierException(String message) {
    super(message);
  }

  public DossierException(String message, Throwable cause) {
    super(message, cause);
  }
}
