// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Stable identifiers: prefixed, derived from content or from ids given in the input. */
public final class Ids {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

  private Ids() {}

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code value}. */
  public static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** {@code prefix-} followed by the first 16 hex digits of the SHA-256 of {@code value}. */
  public static String hashed(String prefix, String value) {
    return prefix + "-" + sha256(value).substring(0, 16);
  }

  /**
   * A document id from an id given in the input: kept readable when it is short and URL-safe
   * ({@code d-nyt_2016-02-20_x}), hashed otherwise.
   */
  public static String documentFromGiven(String givenId) {
    return SAFE.matcher(givenId).matches() ? "d-" + givenId : hashed("d", "given:" + givenId);
  }

  /** A document id from the content hash of its text. */
  public static String documentFromContent(String contentHash) {
    return "d-" + contentHash.substring(0, 16);
  }
}
