package org.apertura;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no module reaches into another's internals, and there are no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Apertura.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
