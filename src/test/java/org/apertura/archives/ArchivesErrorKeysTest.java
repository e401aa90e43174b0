package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * Every error key the archives module refuses bad input with exists in Spanish and English, and a test triggers it
 * (names it: the tests that trigger a refusal assert its key, and where they resolve it, its words). The keys no test
 * triggers yet are listed here, so the list can only shrink: a new refusal without a test fails, and so does a listed
 * key once a test names it (take it off the list).
 */
class ArchivesErrorKeysTest {

    /** Refusals no test triggers yet: none (ArchivesRefusalsTest triggered the last 43 of issue 16's audit). */
    static final Set<String> NOT_YET_TESTED = Set.of();

    private static final Pattern KEY = Pattern.compile("\"(archives\\.[A-Za-z.]*\\.error\\.[A-Za-z]+)\"");

    @Test
    void everyErrorKeyIsInBothLanguagesAndTriggeredByATest() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/apertura/archives", "src/main/resources/templates/archives"}) {
            Matcher m = KEY.matcher(text(Path.of(root)));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("the scan finds the module's refusals").hasSizeGreaterThan(50);
        Properties es = bundle("i18n/archives.properties");
        Properties en = bundle("i18n/archives_en.properties");
        assertThat(keys).allSatisfy(k -> {
            assertThat(es.getProperty(k)).as(k + " in Spanish").isNotBlank();
            assertThat(en.getProperty(k)).as(k + " in English").isNotBlank();
        });
        String tests = text(Path.of("src/test/java")).replace(text(Path.of(
                "src/test/java/org/apertura/archives/ArchivesErrorKeysTest.java")), "");
        Set<String> untested = new TreeSet<>();
        for (String key : keys) {
            if (!Pattern.compile(Pattern.quote(key) + "(?![A-Za-z])").matcher(tests).find()) {
                untested.add(key);
            }
        }
        assertThat(untested).as("refusals no test triggers (write the test)").isSubsetOf(NOT_YET_TESTED);
        assertThat(NOT_YET_TESTED).as("listed as untested but a test names them now (take them off the list)")
                .isSubsetOf(untested);
    }

    private static String text(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return Files.readString(root, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
                    .sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ArchivesErrorKeysTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
