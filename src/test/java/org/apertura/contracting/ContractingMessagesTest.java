package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the module throws has a text in Spanish and in English. */
class ContractingMessagesTest {

    @Test
    void everyKeyUsedInTheCodeHasBothTexts() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(contracting\\.(?:ocds|compile|place|api)\\.[A-Za-z]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java", "org", "apertura", "contracting"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Properties spanish = bundle("i18n/contracting.properties");
        Properties english = bundle("i18n/contracting_en.properties");

        assertThat(used).hasSizeGreaterThanOrEqualTo(9);
        assertThat(spanish.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).isEqualTo(spanish.stringPropertyNames());
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContractingMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
