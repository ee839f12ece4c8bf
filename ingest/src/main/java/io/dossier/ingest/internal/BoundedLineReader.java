// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream line by line (lines end with LF or CRLF) with a bound on the memory one line
 * may take: a longer line is skipped to its end and reported without its bytes, so one huge record
 * cannot exhaust memory and the lines after it are still read.
 */
public final class BoundedLineReader implements Closeable {
  /**
   * One line.
   *
   * @param number 1-based line number
   * @param bytes the line without its line ending, or null when it was longer than the bound
   * @param length the line's length in bytes, without its line ending
   */
  public record Line(long number, byte @Nullable [] bytes, long length) {
    /** Whether the line was longer than the bound. */
    public boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private long number;

  /** A reader of {@code in} that keeps at most {@code maxLineBytes} bytes of a line. */
  public BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
  }

  /** The number of the last line returned (0 before the first). */
  public long lineNumber() {
    return number;
  }

  /** The next line, or null at the end of the stream. */
  public @Nullable Line next() throws IOException {
    if (!fill()) {
      return null;
    }
    number++;
    int kept = 0;
    long length = 0;
    boolean overflow = false;
    while (fill()) {
      int start = chunkPos;
      int end = start;
      while (end < chunkEnd && chunk[end] != '\n') {
        end++;
      }
      int count = end - start;
      length += count;
      if (!overflow && kept + (long) count > maxLineBytes + 1L) {
        overflow = true; // +1 leaves room for a CR that belongs to the line ending
        line = new byte[1024];
      }
      if (!overflow) {
        ensureCapacity(kept + count);
        System.arraycopy(chunk, start, line, kept, count);
        kept += count;
      }
      chunkPos = end;
      if (end < chunkEnd) {
        chunkPos++; // past the LF
        break;
      }
    }
    if (overflow) {
      return new Line(number, null, length);
    }
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
      length--;
    }
    if (kept > maxLineBytes) {
      return new Line(number, null, length);
    }
    return new Line(number, Arrays.copyOf(line, kept), length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    if (chunkPos < chunkEnd) {
      return true;
    }
    int read = in.read(chunk);
    if (read <= 0) {
      chunkPos = 0;
      chunkEnd = 0;
      return false;
    }
    chunkPos = 0;
    chunkEnd = read;
    return true;
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      line =
          Arrays.copyOf(
              line, (int) Math.min((long) maxLineBytes + 1, Math.max(needed, 2L * line.length)));
    }
  }
}
