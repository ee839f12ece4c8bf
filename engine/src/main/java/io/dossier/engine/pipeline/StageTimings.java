// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe accumulated wall time per stage, for benchmarks and {@code --verbose} runs. */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, String> order = new ConcurrentHashMap<>();

  /** Adds {@code elapsedNanos} to the stage's total. */
  public void add(String stage, long elapsedNanos) {
    order.putIfAbsent(stage, stage);
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
  }

  /** Total milliseconds per stage. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((stage, total) -> out.put(stage, total.sum() / 1_000_000));
    return out;
  }
}
