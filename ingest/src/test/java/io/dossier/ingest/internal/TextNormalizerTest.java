// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void whitespaceRunsCollapseToOneSpaceAndEdgesAreTrimmed() {
    assertThat(
            TextNormalizer.paragraph(" \t Talks\u00A0\u00A0resumed \r\n on\u2009Tuesday. \u3000"))
        .isEqualTo("Talks resumed on Tuesday.");
  }

  @Test
  void textIsComposedToNfc() {
    assertThat(TextNormalizer.paragraph("cafe\u0301")).isEqualTo("caf\u00e9");
  }

  @Test
  void controlAndInvisibleCharactersAreRemoved() {
    assertThat(TextNormalizer.paragraph("\uFEFFSo\u00ADvi\u200Bet\u0007 era\u0000"))
        .isEqualTo("Soviet era");
  }

  @Test
  void joinersThatScriptsNeedAreKept() {
    assertThat(TextNormalizer.paragraph("می\u200Cخواهم")).contains("\u200C");
  }

  @Test
  void normalizingTwiceChangesNothing() {
    String once = TextNormalizer.paragraph("  A\u0301\t b \u0085c ");

    assertThat(TextNormalizer.paragraph(once)).isEqualTo(once);
  }

  @Test
  void blankTitleIsNull() {
    assertThat(TextNormalizer.title(" \u200B ")).isNull();
    assertThat(TextNormalizer.title(null)).isNull();
    assertThat(TextNormalizer.title(" Talks  resume ")).isEqualTo("Talks resume");
  }
}
