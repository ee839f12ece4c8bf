// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

/** A request error that becomes a problem+json response with a real status code. */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;

  ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
