// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

/** A configuration or usage problem (bad option, missing store); the CLI exits with code 2. */
public class ConfigException extends DossierException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
