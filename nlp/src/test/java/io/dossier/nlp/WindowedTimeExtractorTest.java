// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedTimeExtractorTest {

  @Test
  void windowKeepsTheMarginAroundEachAnchor() {
    // anchors at 10 ("Monday") and 11 ("2016")
    List<CoreLabel> tokens = tokens(30, 10, "Monday", 11, "2016");
    assertThat(WindowedTimeExtractor.windows(tokens, 3)).containsExactly(new int[] {7, 15});
  }

  @Test
  void windowsStopAtTheSentenceEdges() {
    List<CoreLabel> tokens = tokens(6, 0, "yesterday", 5, "March");
    assertThat(WindowedTimeExtractor.windows(tokens, 8)).containsExactly(new int[] {0, 6});
  }

  @Test
  void distantAnchorsGetSeparateWindowsAndCloseOnesAreMerged() {
    List<CoreLabel> far = tokens(60, 5, "week", 40, "1999");
    assertThat(WindowedTimeExtractor.windows(far, 4))
        .containsExactly(new int[] {1, 10}, new int[] {36, 45});
    // gap of 3 tokens between [1,10) and [13,22): closer than the margin, one window
    List<CoreLabel> near = tokens(60, 5, "week", 17, "1999");
    assertThat(WindowedTimeExtractor.windows(near, 4)).containsExactly(new int[] {1, 22});
  }

  @Test
  void cardinalsAndRomanNumeralsAreAnchorsToo() {
    List<CoreLabel> tokens = tokens(40, 20, "II", -1, null);
    assertThat(WindowedTimeExtractor.windows(tokens, 2)).containsExactly(new int[] {18, 23});
    List<CoreLabel> none = tokens(40, -1, null, -1, null);
    assertThat(WindowedTimeExtractor.windows(none, 2)).isEmpty();
  }

  /** {@code n} tokens "word" tagged NN, with up to two anchor words at the given positions. */
  private static List<CoreLabel> tokens(int n, int at1, String word1, int at2, String word2) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoreLabel token = new CoreLabel();
      token.setWord(i == at1 ? word1 : i == at2 ? word2 : "word");
      token.setTag("NN");
      tokens.add(token);
    }
    return tokens;
  }
}
