package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages are complete in every bundle: the same keys, none empty, no key in two bundles. */
class MessageBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws Exception {
        TreeSet<String> seen = new TreeSet<>();
        for (String basename : basenames()) {
            Properties spanish = load("/" + basename + ".properties");
            Properties english = load("/" + basename + "_en.properties");
            assertThat(new TreeSet<>(english.stringPropertyNames())).as(basename)
                    .isEqualTo(new TreeSet<>(spanish.stringPropertyNames()));
            assertThat(spanish.stringPropertyNames())
                    .allSatisfy(key -> assertThat(spanish.getProperty(key)).as(key).isNotBlank())
                    .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank())
                    .allSatisfy(key -> assertThat(seen.add(key)).as("%s is defined in two bundles", key).isTrue());
        }
        assertThat(seen).hasSizeGreaterThan(100);
    }

    /** The bundles the application reads ({@code spring.messages.basename}). */
    private static List<String> basenames() throws Exception {
        String names = load("/application.properties").getProperty("spring.messages.basename");
        return Arrays.stream(names.split(",")).map(String::trim).toList();
    }

    private static Properties load(String path) throws Exception {
        Properties properties = new Properties();
        var stream = MessageBundlesTest.class.getResourceAsStream(path);
        assertThat(stream).as(path).isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
