package org.apertura;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation from the code into docs/modules (Spring Modulith's Documenter): the component
 * diagram of all modules, one diagram per module with the modules it uses, and each module's canvas (its beans,
 * aggregates, events and configuration), gathered in all-docs.adoc. Run it when modules or their dependencies
 * change: {@code mvn -q test-compile exec:java@module-docs}. ModularityTest fails while docs/modules/components.puml
 * does not draw the modules as they are. The Documenter lists components and relations in no fixed order, so each
 * run sorts every run of consecutive component or relation lines: the files change only when the modules do.
 */
public final class ModuleDocumentation {

    static final String FOLDER = "docs/modules";

    private ModuleDocumentation() {
    }

    public static void main(String[] args) {
        write(ApplicationModules.of(Apertura.class), args.length > 0 ? args[0] : FOLDER);
    }

    static void write(ApplicationModules modules, String folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                java.nio.file.Files.write(file, inFixedOrder(java.nio.file.Files.readAllLines(file)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lines with each run of consecutive lines of the same kind (component, relation, a table cell's bullet) sorted. */
    static java.util.List<String> inFixedOrder(java.util.List<String> lines) {
        java.util.List<String> out = new java.util.ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String kind = kind(lines.get(i));
            int end = i + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))
                    && !("bullet".equals(kind) && lines.get(end).startsWith("|"))) {
                end++;
            }
            java.util.List<String> run = new java.util.ArrayList<>(lines.subList(i, end));
            if ("bullet".equals(kind)) {
                // a table cell's list ("|* a", "* b", …): sorted without the cell's bar, when no line continues
                // the last bullet
                String next = end < lines.size() ? lines.get(end).strip() : "";
                if (next.isEmpty() || next.startsWith("|")) {
                    boolean cell = run.get(0).startsWith("|");
                    run.replaceAll(l -> l.startsWith("|") ? l.substring(1) : l);
                    java.util.Collections.sort(run);
                    if (cell) {
                        run.set(0, "|" + run.get(0));
                    }
                }
            } else if (kind != null) {
                java.util.Collections.sort(run);
            }
            out.addAll(run);
            i = end;
        }
        return out;
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "relation";
        }
        if (line.startsWith("* `") || line.startsWith("|* `")) {
            return "bullet";
        }
        return trimmed.startsWith("Component(") ? "component" : null;
    }
}
