// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

  @Test
  void givesTheSourcesItemsInOrder() {
    List<Integer> source = IntStream.range(0, 10_000).boxed().toList();
    List<Integer> got = new ArrayList<>();
    try (Prefetch<Integer> prefetch = new Prefetch<>("test", source.iterator(), 3)) {
      prefetch.forEachRemaining(got::add);
      assertThat(prefetch.hasNext()).isFalse();
      assertThatThrownBy(prefetch::next).isInstanceOf(NoSuchElementException.class);
    }
    assertThat(got).isEqualTo(source);
  }

  @Test
  void aFailureOfTheSourceComesAfterTheItemsBeforeIt() {
    Iterator<String> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public String next() {
            if (n == 2) {
              throw new IllegalStateException("the store lost documents");
            }
            return "item " + n++;
          }
        };
    try (Prefetch<String> prefetch = new Prefetch<>("test", failing, 8)) {
      assertThat(prefetch.next()).isEqualTo("item 0");
      assertThat(prefetch.next()).isEqualTo("item 1");
      assertThatThrownBy(prefetch::hasNext)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the store lost documents");
      assertThatThrownBy(prefetch::next).hasMessage("the store lost documents");
    }
  }

  @Test
  void closingStopsASourceTheConsumerNoLongerWants() throws InterruptedException {
    AtomicInteger produced = new AtomicInteger();
    Iterator<Integer> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            return produced.incrementAndGet();
          }
        };
    Prefetch<Integer> prefetch = new Prefetch<>("test-endless", endless, 4);
    assertThat(prefetch.next()).isEqualTo(1);
    prefetch.close();
    int after = produced.get();
    Thread.sleep(50);
    assertThat(produced.get()).isEqualTo(after).isLessThanOrEqualTo(1 + 4 + 1);
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("test-endless")))
        .isEmpty();
    assertThatThrownBy(prefetch::hasNext).hasMessage("prefetch closed");
  }

  @Test
  void aPrefetchNeverAskedForStartsNoThread() {
    AtomicInteger produced = new AtomicInteger();
    Iterator<Integer> counting =
        IntStream.range(0, 5).peek(i -> produced.incrementAndGet()).iterator();
    new Prefetch<>("test-unused", counting, 2).close();
    assertThat(produced.get()).isZero();
  }
}
