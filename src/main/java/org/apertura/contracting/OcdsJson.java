package org.apertura.contracting;

import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the module: decimals stay exact (amounts of money), as written by the publisher. */
final class OcdsJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private OcdsJson() {
    }
}
