// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.model.ConfigException;
import java.util.Objects;

/**
 * Where the server listens.
 *
 * @param host interface to bind (127.0.0.1 unless told otherwise)
 * @param port TCP port; 0 picks a free one
 */
public record ServerConfig(String host, int port) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new ConfigException("--port must be between 0 and 65535 (was " + port + ")");
    }
  }

  /** Mutable settings passed to the configuration consumer of {@link DossierServer#create}. */
  public static final class Settings {
    /** Interface to bind. */
    public String host = "127.0.0.1";

    /** TCP port; 0 picks a free one. */
    public int port = 8080;

    ServerConfig freeze() {
      return new ServerConfig(host, port);
    }
  }
}
