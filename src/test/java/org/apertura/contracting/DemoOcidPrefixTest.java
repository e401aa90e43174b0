package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.platform.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * A fresh start with the demo on and no APERTURA_OCID_PREFIX has contracting data: the prefix resolves, as the
 * shipped properties say, to the demo's own, and every demo release passes the publisher's validation with it. The
 * test context sets the OCDS documentation's prefix, so this test resolves the prefix from application.properties
 * alone, as a deployment without environment variables would. A real deployment (demo off) still has none, and is
 * refused with {@code noOcidPrefix} until it sets its own.
 */
@IntegrationTest
class DemoOcidPrefixTest {

    @Autowired
    ContractingDemo demo;

    @Test
    void theDemoStartsWithAPrefixThatSaysItIsADemoAndEveryDemoReleaseIsValidWithIt() throws Exception {
        String prefix = prefixOfAFreshStart(false);
        assertThat(prefix).isEqualTo("ocds-demo00-");
        OcdsValidation validation = new OcdsValidation(prefix);
        List<FieldProblem> problems = new ArrayList<>();
        int releases = 0;
        for (String line : new String(demo.releases(prefix), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode release = OcdsJson.MAPPER.readTree(line);
            assertThat(release.path("ocid").asString()).startsWith(prefix);
            problems.addAll(validation.checkRelease(release, OcdsVersion.V1_1, "", "line " + ++releases));
        }
        assertThat(releases).isGreaterThan(ContractingDemo.PROCESSES);
        assertThat(problems).isEmpty();
    }

    @Test
    void aDeploymentWithTheDemoOffHasNoPrefixAndEveryReleaseIsRefusedSayingSo() throws Exception {
        String prefix = prefixOfAFreshStart(true);
        assertThat(prefix).isEmpty();
        JsonNode release = OcdsJson.MAPPER.readTree(new String(demo.releases("ocds-demo00-"), StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow());
        assertThat(new OcdsValidation(prefix).checkRelease(release, OcdsVersion.V1_1, "", "line 1"))
                .extracting(FieldProblem::messageKey).contains("contracting.ocds.noOcidPrefix");
    }

    /** The prefix in force with only the shipped properties (and the postgres profile's, when asked). */
    private static String prefixOfAFreshStart(boolean postgresProfile) throws Exception {
        ConfigurableEnvironment environment = new AbstractEnvironment() { };
        PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
        if (postgresProfile) {
            loader.load("postgres", new ClassPathResource("application-postgres.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        }
        loader.load("application", new ClassPathResource("application.properties"))
                .forEach(environment.getPropertySources()::addLast);
        Binder binder = Binder.get(environment);
        boolean demoOn = binder.bind("apertura.demo", Boolean.class).orElse(false);
        return binder.bind("apertura.ocds", OcdsProperties.class).get().ocidPrefixFor(demoOn);
    }
}
