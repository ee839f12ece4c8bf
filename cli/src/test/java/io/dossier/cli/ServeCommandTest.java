// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve} refuses to expose a store to the network without a token. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void bindingAnotherAddressWithoutATokenFailsWithUsageExitAndAHint() {
    CliRun run = CliRun.of("serve", "--store", dir.toString(), "--host", "0.0.0.0", "--port", "0");
    assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err())
        .contains("binding 0.0.0.0")
        .contains("requires --token")
        .contains("dossier serve --help");
  }
}
