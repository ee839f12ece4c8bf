// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;
import java.util.Set;

/**
 * Cookie and consent banners: a paragraph that starts like one ({@code "We use cookies"}), a bare
 * consent button ({@code "Accept all"}), or a short paragraph that mentions cookies, asks for
 * consent and speaks to the reader. A news sentence about cookies does not address the reader.
 */
final class CookieNoticeRule implements BoilerplateRule {
  private static final List<String> OPENINGS =
      List.of(
          "we use cookies",
          "we and our partners use cookies",
          "this website uses cookies",
          "this site uses cookies",
          "our website uses cookies",
          "our site uses cookies",
          "by continuing to use this site",
          "by continuing to use this website",
          "by continuing to browse",
          "by using this site",
          "by using this website",
          "by using our site",
          "by using our website",
          "accept cookies",
          "accept all cookies",
          "cookie policy",
          "cookie settings",
          "cookie preferences",
          "manage cookies",
          "manage cookie",
          "cookies help us");

  private static final Set<String> BUTTONS =
      Set.of(
          "accept",
          "accept all",
          "reject all",
          "i accept",
          "i agree",
          "agree",
          "got it",
          "manage preferences",
          "manage options",
          "allow all",
          "allow cookies",
          "decline");

  private static final List<String> CONSENT_WORDS =
      List.of("accept", "consent", "agree", "cookie policy", "privacy policy", "continuing to");

  private static final int MAX_WORDS = 80;

  @Override
  public String name() {
    return "cookie-notice";
  }

  @Override
  public int match(List<String> paragraphs, int start) {
    String paragraph = paragraphs.get(start);
    String key = Shape.key(paragraph);
    if (BUTTONS.contains(key)) {
      return 1;
    }
    if (Shape.words(paragraph) > MAX_WORDS || !key.contains("cookie")) {
      return 0;
    }
    for (String opening : OPENINGS) {
      if (key.startsWith(opening)) {
        return 1;
      }
    }
    boolean consent = CONSENT_WORDS.stream().anyMatch(key::contains);
    boolean addressesReader = key.matches("(?s).*\\b(you|your|we|our)\\b.*");
    return consent && addressesReader ? 1 : 0;
  }
}
