// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import io.dossier.ingest.IngestDefaults;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --outlet} and {@code --published}: defaults for inputs that carry none. */
final class InputDefaultsOptions {

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Outlet for inputs that name none.")
  @Nullable String outlet;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none.")
  @Nullable LocalDate published;

  IngestDefaults defaults() {
    return new IngestDefaults(outlet, published);
  }
}
