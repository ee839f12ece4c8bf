// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.model.ConfigException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the server listens and who may change the knowledge base through it.
 *
 * @param host interface to bind (127.0.0.1 unless told otherwise)
 * @param port TCP port; 0 picks a free one
 * @param token the secret that write requests (curation) must present, or {@code null} for none;
 *     required when {@code host} is not a loopback address
 * @param maxRequestBytes the largest request body accepted (413 above it)
 * @param tiles the map tile URL template ({@code https://host/{z}/{x}/{y}.png}, optionally with
 *     {@code {s}} subdomains), or {@code null} for maps without tiles (points on a plain
 *     background, and no request leaves for a third party)
 */
public record ServerConfig(
    String host, int port, @Nullable String token, long maxRequestBytes, @Nullable String tiles) {

  /** The default of {@link #maxRequestBytes}: curation forms are a few hundred bytes. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024L;

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new ConfigException("--port must be between 0 and 65535 (was " + port + ")");
    }
    if (token != null && token.isBlank()) {
      throw new ConfigException("--token must not be blank; give a long random secret");
    }
    if (token == null && !isLoopback(host)) {
      throw new ConfigException(requiresTokenMessage(host));
    }
    if (maxRequestBytes < 1024) {
      throw new ConfigException(
          "the request size limit must be at least 1024 bytes (was " + maxRequestBytes + ")");
    }
    if (tiles != null) {
      tileOrigin(tiles); // validates
    }
  }

  /** Without map tiles. */
  public ServerConfig(String host, int port, @Nullable String token, long maxRequestBytes) {
    this(host, port, token, maxRequestBytes, null);
  }

  /**
   * The origin of a tile URL template for the Content-Security-Policy ({@code {s}} subdomains
   * become {@code *}), e.g. {@code https://*.tile.example.org}.
   */
  public static String tileOrigin(String tiles) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(https?)://([A-Za-z0-9.{}-]+)(:\\d{1,5})?/[^\\s\"'<>]*")
            .matcher(tiles);
    if (!m.matches()
        || !tiles.contains("{z}")
        || !tiles.contains("{x}")
        || !tiles.contains("{y}")
        || m.group(2).replace("{s}", "").contains("{")) {
      throw new ConfigException(
          "--tiles must be an http(s) URL template with {z}, {x} and {y}, as"
              + " https://tile.openstreetmap.org/{z}/{x}/{y}.png (was "
              + tiles
              + ")");
    }
    String host = m.group(2).replace("{s}.", "*.").replace("{s}", "*");
    return m.group(1) + "://" + host + (m.group(3) == null ? "" : m.group(3));
  }

  /** Whether {@code host} names this machine only (no other machine can connect). */
  public static boolean isLoopback(String host) {
    return LOOPBACK.contains(host.strip().toLowerCase(java.util.Locale.ROOT))
        || host.strip().startsWith("127.");
  }

  /** The one-line refusal for a non-loopback host without a token, with how to fix it. */
  public static String requiresTokenMessage(String host) {
    return "binding "
        + host
        + " makes the server reachable from other machines, which requires --token SECRET"
        + " (write operations then need it); or bind 127.0.0.1";
  }

  /** Mutable settings passed to the configuration consumer of {@link DossierServer#create}. */
  public static final class Settings {
    /** Interface to bind. */
    public String host = "127.0.0.1";

    /** TCP port; 0 picks a free one. */
    public int port = 8080;

    /** Secret required by write requests; {@code null} for none (loopback only). */
    public @Nullable String token;

    /** The largest request body accepted. */
    public long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

    /** Map tile URL template, or {@code null} for maps without tiles. */
    public @Nullable String tiles;

    ServerConfig freeze() {
      return new ServerConfig(host, port, token, maxRequestBytes, tiles);
    }
  }
}
