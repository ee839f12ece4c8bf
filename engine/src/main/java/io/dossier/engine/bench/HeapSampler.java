// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap every 50 ms on a daemon thread: the peak of used heap (live data plus garbage
 * not yet collected) and the peak of heap in use right after a collection (the live set).
 */
final class HeapSampler implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapSampler() {
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    thread =
        new Thread(
            () -> {
              while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long afterGc = 0;
                for (MemoryPoolMXBean pool : pools) {
                  MemoryUsage u = pool.getCollectionUsage();
                  if (u != null) {
                    afterGc += u.getUsed();
                  }
                }
                peakUsed = Math.max(peakUsed, used);
                peakAfterGc = Math.max(peakAfterGc, afterGc);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "dossier-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakUsed() {
    return peakUsed;
  }

  long peakAfterGc() {
    return peakAfterGc;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
