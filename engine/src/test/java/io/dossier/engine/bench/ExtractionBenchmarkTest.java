// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.ConfigException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {

  @TempDir Path tmp;

  @Test
  void writesOnePredictionPerPageWithTheMainTextOnly() throws Exception {
    Path html = Files.createDirectories(tmp.resolve("bench/html"));
    String page =
        "<html><head><title>Port reopens | Herald</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
            + "<article><h1>Port reopens</h1>"
            + "<p>The harbour of Port Amsel reopened on Monday after three weeks of closure.</p>"
            + "<p>Fishing boats returned to the quays before dawn, the harbour master said.</p>"
            + "</article><footer>© 2017 Herald. All rights reserved.</footer></body></html>";
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(html.resolve("k1.html.gz")))) {
      out.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Path predictions = tmp.resolve("pred.jsonl");

    assertThat(ExtractionBenchmark.predict(tmp.resolve("bench"), predictions)).isEqualTo(1);

    List<String> lines = Files.readAllLines(predictions);
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertThat(line.get("key").asText()).isEqualTo("k1");
    assertThat(line.get("articleBody").asText())
        .contains("reopened on Monday")
        .contains("harbour master")
        .doesNotContain("Sport")
        .doesNotContain("All rights reserved");
  }

  @Test
  void folderWithoutPagesIsAConfigurationError() {
    assertThatThrownBy(() -> ExtractionBenchmark.predict(tmp, tmp.resolve("p.jsonl")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("html/");
  }
}
