// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An iterator whose items are computed on a thread of their own, at most a fixed number ahead of
 * the consumer: the rebuild reads and computes the next documents' facts (or claims) on one core
 * while the other merges (or writes to the store). The items come in the source's order, so the
 * result is the same as iterating the source directly. A failure of the source is thrown by {@link
 * #hasNext} once the items before it are consumed.
 *
 * <p>The source starts when the first item is asked for. {@link #close} stops it: a consumer that
 * gives up early (the store kept newer tables, a write failed) closes it in a {@code finally}.
 */
final class Prefetch<T> implements Iterator<T>, AutoCloseable {

  private static final Object END = new Object();

  /** How long {@link #close} waits for the source's thread to notice it is no longer wanted. */
  private static final long STOP_WAIT_SECONDS = 60;

  private record Failure(Throwable error) {}

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private volatile boolean closed;
  private boolean started;
  private Object next;

  /**
   * @param name the name of the thread that runs the source
   * @param source the items; none may be null
   * @param ahead how many items may wait for the consumer (at least 1)
   */
  Prefetch(String name, Iterator<? extends T> source, int ahead) {
    Objects.requireNonNull(source, "source");
    this.queue = new ArrayBlockingQueue<>(ahead);
    this.thread =
        new Thread(
            () -> {
              try {
                while (!closed && source.hasNext()) {
                  queue.put(Objects.requireNonNull(source.next(), "a prefetched item is null"));
                }
                queue.put(END);
              } catch (InterruptedException e) {
                // closed: the consumer wants no more
              } catch (RuntimeException | Error e) {
                try {
                  queue.put(new Failure(e));
                } catch (InterruptedException closedMeanwhile) {
                  // the consumer wants no more, not even the failure
                }
              }
            },
            name);
    thread.setDaemon(true);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      if (closed) {
        throw new IllegalStateException("prefetch closed");
      }
      if (!started) {
        started = true;
        thread.start();
      }
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
      }
    }
    if (next instanceof Failure failure) {
      if (failure.error() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw (Error) failure.error();
    }
    return next != END;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }

  /** Stops the source and waits a little for its thread to end. */
  @Override
  public void close() {
    closed = true;
    if (!started) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
