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

    @Test
    void noKeyIsWrittenTwiceInOneFile() throws Exception {
        for (String basename : basenames()) {
            for (String file : List.of("/" + basename + ".properties", "/" + basename + "_en.properties")) {
                var stream = MessageBundlesTest.class.getResourceAsStream(file);
                assertThat(stream).as(file).isNotNull();
                TreeSet<String> keys = new TreeSet<>();
                try (var reader = new java.io.BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    // the last value silently wins in a Properties file: two meanings under one key lose one
                    reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                            .filter(line -> !line.startsWith(" ") && !line.startsWith("\t"))
                            .map(line -> line.substring(0, line.indexOf('=')).strip())
                            .forEach(key -> assertThat(keys.add(key)).as("%s is written twice in %s", key, file).isTrue());
                }
            }
        }
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a lone apostrophe starts quoted text:
     * «the requester's clarification until {0}» would lose its apostrophe and print «{0}» instead of the date. Such a
     * message writes ’ (or '' for a straight one).
     */
    @Test
    void noMessageWithArgumentsHasALoneApostrophe() throws Exception {
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{\\d");
        java.util.regex.Pattern lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
        for (String basename : basenames()) {
            for (String file : List.of("/" + basename + ".properties", "/" + basename + "_en.properties")) {
                Properties bundle = load(file);
                for (String key : bundle.stringPropertyNames()) {
                    String value = bundle.getProperty(key);
                    if (argument.matcher(value).find()) {
                        assertThat(lone.matcher(value).find()).as("%s in %s has a lone apostrophe: %s", key, file, value)
                                .isFalse();
                    }
                }
            }
        }
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
