package org.apertura.plainlanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.text.Collator;
import org.apertura.platform.time.Today;

/** The glossary, read from {@code plainlanguage/glossary.tsv} (one term per line, tab-separated). */
final class Glossary {

    private final List<GlossaryTerm> terms;

    private Glossary(List<GlossaryTerm> terms) {
        this.terms = terms;
    }

    List<GlossaryTerm> terms() {
        return terms;
    }

    static Glossary load() {
        List<GlossaryTerm> terms = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream("/plainlanguage/glossary.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6) {
                    throw new IllegalStateException("glossary.tsv: 6 columns expected in: " + line);
                }
                terms.add(new GlossaryTerm(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collator spanish = Collator.getInstance(Today.LOCALE);
        terms.sort(Comparator.comparing(GlossaryTerm::termEs, spanish));
        return new Glossary(List.copyOf(terms));
    }
}
