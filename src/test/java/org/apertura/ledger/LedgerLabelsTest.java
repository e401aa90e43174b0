package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of change in the public history, and every kind of subject, reads as words in Spanish and
 * English — whichever module wrote it. The demo and the other tests write every kind there is (the ledger's own
 * tests write a module "test" of their own, left out).
 */
@IntegrationTest
class LedgerLabelsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void everyTypeAndSubjectKindInTheLedgerHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        // the ledger's own tests write entries of a module "test" (a "thing"), which no application module writes
        for (String type : jdbc.queryForList("SELECT DISTINCT type FROM ledger_entry WHERE module <> 'test'",
                String.class)) {
            check("ledger.type." + type, missing);
        }
        for (String kind : jdbc.queryForList("SELECT DISTINCT subject_kind FROM ledger_entry WHERE module <> 'test'",
                String.class)) {
            check("ledger.kind." + kind, missing);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT type) FROM ledger_entry", Integer.class)).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private void check(String key, List<String> missing) {
        for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
            if (messages.getMessage(key, null, null, locale) == null) {
                missing.add(key + " (" + locale + ")");
            }
        }
    }
}
