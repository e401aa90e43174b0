package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryDepthAndDropsWhiteSpace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(true, "x"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("name", "Gómez \"Palacio\"\n");
        outer.put("inner", inner);
        outer.put("empty", null);
        assertThat(CanonicalJson.write(outer))
                .isEqualTo("{\"empty\":null,\"inner\":{\"a\":[true,\"x\"],\"z\":1},\"name\":\"Gómez \\\"Palacio\\\"\\n\"}");
    }

    @Test
    void sameValueSameText() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", new BigDecimal("1.50"));
        a.put("a", 2L);
        assertThat(CanonicalJson.write(a)).isEqualTo(CanonicalJson.write(Map.of("a", 2, "b", new BigDecimal("1.5"))));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
