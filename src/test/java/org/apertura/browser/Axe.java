package org.apertura.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs axe-core (from its WebJar) in the page and fails on any WCAG 2.0/2.1 A or AA violation. */
final class Axe {

    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String SOURCE = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static void assertNoViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                  });
                  return r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary).slice(0, 5)
                  }));
                }""");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Map<String, Object>> violations) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> v : violations) {
            text.append("- ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
                    .append(v.get("help")).append('\n');
            for (Object node : (List<?>) v.get("nodes")) {
                text.append("    ").append(node).append('\n');
            }
        }
        return text.toString();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing: " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
