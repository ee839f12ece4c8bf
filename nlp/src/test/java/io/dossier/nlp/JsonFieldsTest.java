// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  @Test
  void readsTopLevelStringsAndSkipsTheRest() {
    JsonFields f =
        JsonFields.parse(
            "{\"id\": \"a1\", \"n\": 3, \"wire\": null, \"tags\": [\"x\", {\"text\": \"no\"}],"
                + " \"text\": \"He said \\\"hi\\\"\\n\\u00e9\\\\\"}");
    assertThat(f.string("id")).isEqualTo("a1");
    assertThat(f.string("text")).isEqualTo("He said \"hi\"\né\\");
    assertThat(f.string("wire")).isNull();
    assertThat(f.string("missing")).isNull();
  }
}
