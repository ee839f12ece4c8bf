// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a borrowed database connection. */
@FunctionalInterface
interface SqlFunction<T> {

  /** Does the work; the connection must not be kept. */
  T apply(Connection connection) throws SQLException;
}
