// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dossier.model.ConfigException;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void loopbackNeedsNoToken() {
    assertThat(new ServerConfig("127.0.0.1", 0, null, 65536).token()).isNull();
    assertThat(new ServerConfig("localhost", 0, null, 65536).host()).isEqualTo("localhost");
    assertThat(new ServerConfig("::1", 0, null, 65536).port()).isZero();
  }

  @Test
  void anyOtherAddressRequiresAToken() {
    assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 8080, null, 65536))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("requires --token");
    assertThatThrownBy(() -> new ServerConfig("192.168.1.10", 8080, " ", 65536))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("blank");
    assertThat(new ServerConfig("0.0.0.0", 8080, "s3cret-token", 65536).token())
        .isEqualTo("s3cret-token");
  }

  @Test
  void portAndSizeLimitAreChecked() {
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 70000, null, 65536))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 80, null, 10))
        .hasMessageContaining("request size");
  }

  @Test
  void tileTemplatesAreCheckedAndGiveTheirOrigin() {
    assertThat(ServerConfig.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
        .isEqualTo("https://tile.openstreetmap.org");
    assertThat(ServerConfig.tileOrigin("http://{s}.tiles.example:8081/t/{z}/{x}/{y}.png"))
        .isEqualTo("http://*.tiles.example:8081");
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 0, null, 65536, "javascript:alert(1)"))
        .hasMessageContaining("--tiles");
    assertThatThrownBy(
            () -> new ServerConfig("127.0.0.1", 0, null, 65536, "https://x.org/{z}/{x}.png"))
        .hasMessageContaining("{y}");
    assertThatThrownBy(() -> ServerConfig.tileOrigin("https://x.org/{z}/{x}/{y}.png\"; img-src *"))
        .hasMessageContaining("--tiles");
  }
}
