package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviours of a run the Cardinal fixtures do not pin down: input handling, the main currency, whole days. */
class RedFlagsTest {

    private static final String LOWEST_BID_IN_ANOTHER_CURRENCY = """
            {"ocid":"F","awards":[{"status":"active"}],"bids":{"details":[
              {"status":"valid","value":{"amount":0.5,"currency":"USD"}},
              {"status":"disqualified","value":{"amount":1,"currency":"CAD"}},
              {"status":"valid","value":{"amount":2,"currency":"CAD"}}]}}
            """.replace("\n", "");

    @Test
    void skipsBlankAndInvalidLinesAndReleasesWithoutAStringOcid() {
        String lines = """

                not json
                {"ocid":1,"tender":{"numberOfTenderers":1,"procurementMethod":"open"}}
                {"ocid":"F","tender":{"numberOfTenderers":1,"procurementMethod":"open"}}
                """;

        RedFlagReport report = run(Set.of(Indicator.R018), null, lines);

        assertEquals(Map.of(FlagGroup.OCID, Map.of("F", Map.of(Indicator.R018, 1.0))), report.results());
    }

    @Test
    void theFirstCurrencySeenIsTheMainOneUnlessTheSettingsNameOne() {
        assertTrue(run(Set.of(Indicator.R036), null, LOWEST_BID_IN_ANOTHER_CURRENCY).results().isEmpty());

        assertEquals(Map.of(Indicator.R036, 1.0),
                run(Set.of(Indicator.R036), "CAD", LOWEST_BID_IN_ANOTHER_CURRENCY).flags(FlagGroup.OCID, "F"));
    }

    @Test
    void metaIsLeftOutWhenAskedOrEmpty() {
        String release = "{\"ocid\":\"F\",\"tender\":{\"numberOfTenderers\":1,\"procurementMethod\":\"open\"}}";

        assertFalse(run(Set.of(Indicator.R018), null, release).toJson().has("Meta"));
        assertTrue(run(Set.of(Indicator.R058), null, release).toJson().has("Meta"));
        assertFalse(run(Set.of(Indicator.R058), null, release).toJson(false).has("Meta"));
    }

    @Test
    void countsWholeDaysTowardZeroLikeChrono() {
        assertEquals(14, ShortSubmissionPeriod.wholeDays(Duration.ofDays(15).minusSeconds(1)));
        assertEquals(0, ShortSubmissionPeriod.wholeDays(Duration.ofMillis(-86_399_500)));
        assertEquals(-1, ShortSubmissionPeriod.wholeDays(Duration.ofMillis(-86_400_500)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/contracting-flags.properties", "i18n/contracting-flags_en.properties"})
    void everyIndicatorHasATitleAndAnExplanation(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Indicator indicator : Indicator.values()) {
            assertFalse(messages.getProperty(indicator.titleKey(), "").isBlank(), indicator.titleKey());
            assertFalse(messages.getProperty(indicator.explanationKey(), "").isBlank(), indicator.explanationKey());
        }
    }

    private static RedFlagReport run(Set<Indicator> enabled, String currency, String jsonLines) {
        RedFlagSettings defaults = RedFlagSettings.defaults(enabled);
        RedFlagSettings settings = currency == null ? defaults : RedFlagSettings.fromSections(Map.of(
                "", Map.of("currency", currency),
                enabled.iterator().next().name(), Map.of()));
        return new RedFlags(settings).computeJsonLines(new StringReader(jsonLines));
    }
}
