package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every absolute link starts with the configured public address, and a missing or odd one stops start-up. */
class PublicUrlTest {

    @Test
    void linksStartWithTheConfiguredAddress() {
        PublicUrl url = new PublicUrl("https://gobiernoabierto.durango.gob.mx/");
        assertThat(url.base()).isEqualTo("https://gobiernoabierto.durango.gob.mx");
        assertThat(url.of("/planes/1")).isEqualTo("https://gobiernoabierto.durango.gob.mx/planes/1");
        assertThat(new PublicUrl("http://localhost:9090").of("entrar")).isEqualTo("http://localhost:9090/entrar");
    }

    @Test
    void withoutAnAddressOrWithAnOddOneStartUpFailsSayingWhatToSet() {
        assertThatThrownBy(() -> new PublicUrl("")).hasMessageContaining("APERTURA_BASE_URL is not set");
        assertThatThrownBy(() -> new PublicUrl("  ")).hasMessageContaining("APERTURA_BASE_URL is not set");
        assertThatThrownBy(() -> new PublicUrl("gobiernoabierto.durango.gob.mx")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PublicUrl("ftp://durango.gob.mx")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PublicUrl("https://durango.gob.mx/?a=b")).hasMessageContaining("http(s)");
    }
}
