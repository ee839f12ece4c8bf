// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value computed once, on first use, safely from several threads. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private volatile @Nullable T value;

  private Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  /** Wraps {@code factory}, which is called at most once. */
  public static <T> Lazy<T> of(Supplier<T> factory) {
    return new Lazy<>(factory);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = factory.get();
          value = v;
        }
      }
    }
    return v;
  }

  /** Whether the value has been computed. */
  public boolean isComputed() {
    return value != null;
  }
}
