// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestOutcome;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** A progress bar on stderr when it is a terminal; silent otherwise. */
final class Progress implements IngestListener, AutoCloseable {
  private final @Nullable ProgressBar bar;
  private long expected;
  private boolean closed;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar when the JVM has a console, else a no-op listener. */
  static Progress forTerminal(String task, PrintWriter err) {
    if (System.console() == null) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(0)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUnit(" articles", 1)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .showSpeed()
            .build();
    return new Progress(bar);
  }

  @Override
  public synchronized void expected(long count) {
    expected += count;
    if (bar != null) {
      bar.maxHint(expected);
    }
  }

  @Override
  public synchronized void finished(String source, IngestOutcome outcome) {
    if (bar != null) {
      bar.step();
      if (bar.getCurrent() > expected) {
        expected = bar.getCurrent();
        bar.maxHint(expected);
      }
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
    }
  }
}
