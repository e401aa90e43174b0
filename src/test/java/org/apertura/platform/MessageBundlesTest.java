package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages are complete: the same keys, none empty. */
class MessageBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws Exception {
        Properties spanish = load("/messages.properties");
        Properties english = load("/messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(spanish.stringPropertyNames()));
        assertThat(spanish.stringPropertyNames()).hasSizeGreaterThan(100)
                .allSatisfy(key -> assertThat(spanish.getProperty(key)).as(key).isNotBlank())
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String path) throws Exception {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
