// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/** An input file or record is broken; the message names the source and position. */
public class InvalidInputException extends DossierException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
