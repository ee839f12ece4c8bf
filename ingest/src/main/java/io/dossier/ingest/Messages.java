// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.internal.ArticleDraft;

/** Issue messages shared by the readers. */
final class Messages {
  private Messages() {}

  /** Why a draft gave no article: no body text, or none left after boilerplate removal. */
  static String noText(ArticleDraft draft, boolean titleLine) {
    if (draft.removedCount() > 0) {
      return "no article text left after removing "
          + draft.removedCount()
          + " boilerplate block"
          + (draft.removedCount() == 1 ? "" : "s");
    }
    return titleLine ? "only a title line, no article text after it" : "no article text";
  }
}
