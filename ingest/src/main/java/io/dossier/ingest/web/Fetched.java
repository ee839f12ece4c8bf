// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.web;

import io.dossier.model.IngestIssue;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The outcome of fetching one URL: the body or the problem that stopped it. */
public sealed interface Fetched {

  /**
   * A fetched body.
   *
   * @param url where the body came from, after redirects
   * @param contentType the media type, lower case, without parameters ({@code text/html}), if the
   *     server sent one
   * @param charset the {@code charset} parameter of the content type, if any
   * @param body the bytes, at most {@link FetchOptions#maxBytes()}
   */
  record Body(URI url, @Nullable String contentType, @Nullable String charset, byte[] body)
      implements Fetched {
    public Body {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * Why the URL gave no body.
   *
   * @param kind the issue kind to report
   * @param message one line saying what went wrong
   */
  record Problem(IngestIssue.Kind kind, String message) implements Fetched {
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}
