// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How URLs are fetched.
 *
 * @param timeout the longest one fetch may take, from connecting to the last byte of the body,
 *     redirects included
 * @param maxBytes the largest body accepted; a larger one is refused while it streams in
 * @param maxRedirects how many redirects are followed
 * @param userAgent the {@code User-Agent} header
 */
public record FetchOptions(Duration timeout, long maxBytes, int maxRedirects, String userAgent) {
  /** Thirty seconds per URL. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** 10 MiB: far more than any article page or feed. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** As many as browsers allow for a page in practice (they allow about 20). */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** The defaults, with the User-Agent {@code Dossier/<version> (+https://github.com/dossier)}. */
  public static final FetchOptions DEFAULT =
      new FetchOptions(
          DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, standardUserAgent());

  public FetchOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
    }
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "userAgent must be printable ASCII, was '" + userAgent + "'");
    }
  }

  /** These options with another timeout and size limit. */
  public FetchOptions with(Duration newTimeout, long newMaxBytes) {
    return new FetchOptions(newTimeout, newMaxBytes, maxRedirects, userAgent);
  }

  /** {@code Dossier/<version> (+https://github.com/dossier)}, the version from the jar manifest. */
  public static String standardUserAgent() {
    String version = FetchOptions.class.getPackage().getImplementationVersion();
    return "Dossier/"
        + (version == null || version.isBlank() ? "dev" : version.strip())
        + " (+https://github.com/dossier)";
  }
}
