package org.apertura.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in tests: a page that fails, to see the friendly 500 page people would get. */
@Controller
class FailingPageForTests {

    @GetMapping("/prueba/falla")
    String fail() {
        throw new IllegalStateException("a failure made on purpose by a test");
    }
}
