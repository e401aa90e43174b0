package org.apertura;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries hold: no module reaches into another's internals, and there are no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Apertura.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** docs/modules is generated from the code; it must draw the modules and their dependencies as they are now. */
    @Test
    void theModuleDiagramInDocsIsTheCodesOwn() throws java.io.IOException {
        java.nio.file.Path fresh = java.nio.file.Files.createTempDirectory("modules");
        ModuleDocumentation.write(modules, fresh.toString());
        // the Documenter lists modules and relations in no fixed order: compare the lines as sets
        java.util.List<String> expected = java.nio.file.Files.readAllLines(fresh.resolve("components.puml")).stream()
                .sorted().toList();
        java.nio.file.Path committed = java.nio.file.Path.of(ModuleDocumentation.FOLDER, "components.puml");
        org.assertj.core.api.Assertions.assertThat(committed).as("run: mvn -q test-compile exec:java@module-docs").exists();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllLines(committed).stream().sorted().toList())
                .as("docs/modules is out of date; run: mvn -q test-compile exec:java@module-docs").isEqualTo(expected);
    }
}
