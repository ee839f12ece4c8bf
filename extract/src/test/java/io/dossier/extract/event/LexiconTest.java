// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.EventType;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void builtInTableParses() {
    assertThat(Lexicon.standard().knows("v", "execute")).isTrue();
    assertThat(Lexicon.standard().knows("v", "say")).isFalse();
  }

  @Test
  void unknownEventTypeNamesTheLine() {
    assertThatThrownBy(() -> Lexicon.parse("v execute ASSAULT execution\nv meet MEETING -\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("MEETING");
  }

  @Test
  void conditionedSenseWinsOverTheBareLemma() {
    Lexicon lex =
        Lexicon.parse("n ceasefire AGREE ceasefire\nn ceasefire+head=declare RETREAT ceasefire\n");
    Graph g =
        new Graph(
            Parsed.of("Rebels declared a ceasefire.")
                .tokens(
                    "Rebels rebel NNS 2:nsubj",
                    "declared declare VBD 0:root",
                    "a a DT 4:det",
                    "ceasefire ceasefire NN 2:obj",
                    ". . . 2:punct")
                .text());

    assertThat(lex.sense(g, 3).type()).isEqualTo(EventType.RETREAT);
    assertThat(lex.sense(g, 1)).isNull();
  }
}
