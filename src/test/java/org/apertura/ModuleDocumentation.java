package org.apertura;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation from the code into docs/modules (Spring Modulith's Documenter): the component
 * diagram of all modules, one diagram per module with the modules it uses, and each module's canvas (its beans,
 * aggregates, events and configuration), gathered in all-docs.adoc. Run it when modules or their dependencies
 * change: {@code mvn -q test-compile exec:java@module-docs}. ModularityTest fails while docs/modules/components.puml
 * does not draw the modules as they are.
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
    }
}
