package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spring Security's MockMvc helpers csrf() and formLogin() replace the application's form-token repository
 * in the shared filter chain with a session-based one, for every test that runs after them: the real server
 * would then create sessions for readers, and the tests that guard against that would test something else.
 * Tests use org.apertura.identity.TestCsrf instead.
 */
class TestConventionsTest {

    private static final List<String> FORBIDDEN = List.of("SecurityMockMvcRequestPostProcessors.csrf",
            "SecurityMockMvcRequestBuilders.formLogin", "SecurityMockMvcRequestBuilders.logout");

    @Test
    void noTestSwapsTheApplicationsFormTokenRepository() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("TestConventionsTest.java"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f);
                            return FORBIDDEN.stream().anyMatch(text::contains);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
