package org.apertura;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test helper: a page as someone reads it, and where the ledger stands before and after an act. */
public final class TestPages {

    private TestPages() {
    }

    /** The body of a GET, as {@code who} (a signed-in person, or null for a reader with no cookie) reads it. */
    public static String read(MockMvc mvc, String path, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The sequence number of the ledger's last entry (0 when empty): what an act appended comes after it. */
    public static long ledgerHead(JdbcTemplate jdbc) {
        Long seq = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
        return seq == null ? 0 : seq;
    }
}
