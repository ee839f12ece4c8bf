// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * MinHash signatures of articles, for near-duplicate detection (Broder 1997; Leskovec, Rajaraman
 * and Ullman, <i>Mining of Massive Datasets</i>, ch. 3).
 *
 * <p>A text is normalized (lower case, runs of letters and digits as words, everything else a
 * separator) and cut into overlapping word {@value #SHINGLE_WORDS}-grams. The signature holds, for
 * each of {@value #HASHES} fixed hash functions, the smallest hash over the shingles; the share of
 * equal positions in two signatures estimates the Jaccard similarity of the two shingle sets. For
 * lookup the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows: two texts with
 * Jaccard similarity {@code s} share at least one band with probability {@code 1 - (1 - s^4)^32},
 * about 1.0 at 0.9 and 0.05 at 0.3.
 *
 * <p>Everything is deterministic: the hash functions come from a fixed seed, so signatures and
 * bands are the same in every run and on every machine, and can be stored.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  /** Hash functions, the length of a signature. */
  public static final int HASHES = 128;

  /** Bands a signature is cut into for lookup. */
  public static final int BANDS = 32;

  /** Signature positions per band. */
  public static final int ROWS = HASHES / BANDS;

  /** The fixed seed of the hash functions; changing it invalidates every stored signature. */
  private static final long SEED = 0x5DEECE66DL;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = SEED;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }

  /** SplitMix64's finalizer: a bijective, well-mixing 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The words of {@code text}: lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * The distinct word shingles of {@code text}; a text shorter than one shingle gives one shingle
   * of all its words, and a text without words gives none.
   */
  static Set<String> shingles(String text) {
    List<String> words = words(text);
    Set<String> shingles = new LinkedHashSet<>();
    if (words.isEmpty()) {
      return shingles;
    }
    int n = Math.min(SHINGLE_WORDS, words.size());
    for (int i = 0; i + n <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + n)));
    }
    return shingles;
  }

  /** 64-bit FNV-1a over the UTF-16 code units, then mixed. */
  private static long hash(String s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /**
   * The signature of {@code text}: {@value #HASHES} minimum hashes. A text without words gives the
   * empty signature (every position {@link Integer#MAX_VALUE}), which has no bands and is similar
   * to nothing.
   */
  public static int[] signature(String text) {
    Objects.requireNonNull(text, "text");
    int[] signature = new int[HASHES];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (String shingle : shingles(text)) {
      long base = hash(shingle);
      for (int i = 0; i < HASHES; i++) {
        // the high half is the better mixed; unsigned shift keeps it non-negative so that
        // MAX_VALUE stays a true "no shingle" marker above every real hash
        int h = (int) (mix(base ^ SEEDS[i]) >>> 33);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** Whether {@code signature} is that of a text without words. */
  public static boolean isEmpty(int[] signature) {
    for (int h : signature) {
      if (h != Integer.MAX_VALUE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lookup keys of a signature: one per band, {@code "<band>:<hash of its rows>"}, so that two
   * signatures share a key exactly when (up to a 64-bit hash collision) they agree on every row of
   * that band. Empty for the empty signature.
   *
   * @throws IllegalArgumentException if the signature does not have {@value #HASHES} positions
   */
  public static List<String> bands(int[] signature) {
    checkLength(signature, "signature");
    if (isEmpty(signature)) {
      return List.of();
    }
    List<String> bands = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      bands.add(String.format(Locale.ROOT, "%02d:%016x", b, h));
    }
    return List.copyOf(bands);
  }

  /**
   * The estimated Jaccard similarity of the texts behind two signatures: the share of equal
   * positions, from 0.0 to 1.0; 0.0 if either is empty.
   *
   * @throws IllegalArgumentException if a signature does not have {@value #HASHES} positions
   */
  public static double similarity(int[] a, int[] b) {
    checkLength(a, "a");
    checkLength(b, "b");
    if (isEmpty(a) || isEmpty(b)) {
      return 0.0;
    }
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  private static void checkLength(int[] signature, String name) {
    Objects.requireNonNull(signature, name);
    if (signature.length != HASHES) {
      throw new IllegalArgumentException(
          name + " has " + signature.length + " positions; a MinHash signature has " + HASHES);
    }
  }
}
