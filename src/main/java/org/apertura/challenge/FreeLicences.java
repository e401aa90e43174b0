package org.apertura.challenge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;

/**
 * Whether a licence is free, by its SPDX identifier: free when the SPDX License List marks it approved by
 * the Open Source Initiative or free/libre by the Free Software Foundation, or when it is one of the free
 * Creative Commons licences (CC0, CC-BY and CC-BY-SA, versions 2.0 to 4.0). Anything else is refused with
 * its reason. The list ships as data ({@code challenge/spdx-licenses.tsv}, with its version and source).
 */
public final class FreeLicences {

    /** Creative Commons licences for free cultural works (besides those the list already marks free). */
    static final Set<String> FREE_CREATIVE_COMMONS = Set.of("CC0-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0",
            "CC-BY-4.0", "CC-BY-SA-2.0", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-4.0");

    private static final FreeLicences LIST = load("/challenge/spdx-licenses.tsv");

    private final String version;
    private final Map<String, Licence> byKey;

    private FreeLicences(String version, Map<String, Licence> byKey) {
        this.version = version;
        this.byKey = byKey;
    }

    /** The shipped SPDX list. */
    public static FreeLicences list() {
        return LIST;
    }

    /** The version of the SPDX License List shipped. */
    public String version() {
        return version;
    }

    /** A licence of the list, by its identifier (case and surrounding spaces do not matter). */
    public Optional<Licence> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byKey.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every free licence of the list, by identifier (for the form's suggestions). */
    public List<Licence> free() {
        return byKey.values().stream().filter(Licence::free).filter(l -> !l.deprecated())
                .sorted(java.util.Comparator.comparing(Licence::id, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The licence, with its identifier as the SPDX list writes it, if it is free; otherwise the reason it
     * is refused, for the field {@code licence}.
     */
    public Verdict check(String id) {
        if (id == null || id.isBlank()) {
            return new Verdict(null, new FieldProblem("licence", "challenge.licence.required"));
        }
        String given = id.strip();
        Optional<Licence> found = find(given);
        if (found.isEmpty()) {
            return new Verdict(null, new FieldProblem("licence", "challenge.licence.unknown", given));
        }
        Licence licence = found.get();
        if (licence.free()) {
            return new Verdict(licence, null);
        }
        String upper = licence.id().toUpperCase(Locale.ROOT);
        if (upper.startsWith("CC-BY-NC") || upper.startsWith("CC-NC")) {
            return new Verdict(null, new FieldProblem("licence", "challenge.licence.nonCommercial", licence.id()));
        }
        if (upper.startsWith("CC-BY-ND")) {
            return new Verdict(null, new FieldProblem("licence", "challenge.licence.noDerivatives", licence.id()));
        }
        return new Verdict(null, new FieldProblem("licence", "challenge.licence.notApproved", licence.id(),
                licence.name()));
    }

    /** One licence of the SPDX list. */
    public record Licence(String id, String name, boolean osiApproved, boolean fsfLibre, boolean deprecated) {

        /** Approved by OSI, free by the FSF, or a free Creative Commons licence. */
        public boolean free() {
            return osiApproved || fsfLibre || FREE_CREATIVE_COMMONS.contains(id);
        }
    }

    /** The outcome of a check: the licence when it is free, the problem when it is not. */
    public record Verdict(Licence licence, FieldProblem problem) {

        public boolean accepted() {
            return licence != null;
        }
    }

    static FreeLicences load(String resource) {
        try (InputStream in = FreeLicences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String version = null;
            Map<String, Licence> byKey = new LinkedHashMap<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    if (version == null && line.startsWith("# SPDX License List ")) {
                        version = line.substring("# SPDX License List ".length()).split(" ")[0];
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                Licence licence = new Licence(cells[0], cells[1], Boolean.parseBoolean(cells[2]),
                        Boolean.parseBoolean(cells[3]), Boolean.parseBoolean(cells[4]));
                byKey.put(licence.id().toLowerCase(Locale.ROOT), licence);
            }
            return new FreeLicences(version, Map.copyOf(byKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
