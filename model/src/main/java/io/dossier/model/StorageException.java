// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/** The knowledge-base store failed (database or index). */
public class StorageException extends DossierException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
