// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.nio.ByteBuffer;
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
   * The 64 bits that {@link #hashed} writes as its 16 hex digits: the first 8 bytes of the SHA-256
   * of {@code value}. Large in-memory structures keep these instead of the id's string.
   */
  public static long hashedBits(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return ByteBuffer.wrap(digest.digest(value.getBytes(StandardCharsets.UTF_8))).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The id {@link #hashed hashed(prefix, value)} gives, from {@link #hashedBits(String)}. */
  public static String hashed(String prefix, long bits) {
    return prefix + "-" + HexFormat.of().toHexDigits(bits);
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
