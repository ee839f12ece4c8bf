// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import java.nio.file.Path;

/** Where the benchmarks look for the development datasets by default. */
final class SharedData {
  private SharedData() {}

  /**
   * The folder {@code name} of {@code ../shared/data} next to the Dossier folder (the launcher sets
   * {@code dossier.home}; else the working directory).
   */
  static Path folder(String name) {
    String home = System.getProperty("dossier.home", ".");
    return Path.of(home)
        .toAbsolutePath()
        .normalize()
        .resolveSibling("shared")
        .resolve("data")
        .resolve(name);
  }
}
