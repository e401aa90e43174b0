package org.apertura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Authorities;
import org.junit.jupiter.api.Test;

/**
 * Who may do what is decided in one place per module, its policy, from the entities' own guards: controllers
 * (pages and API) ask the policy or the service and render what it answers; templates render from
 * {@code allowed} and reach into no other module's types.
 */
class PolicyRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.apertura");

    /** A domain transition guard: {@code Appeal.askClarificationRefused(today)}, {@code mayX(...)} (not Allowed.may). */
    private static final DescribedPredicate<JavaMethodCall> GUARD = DescribedPredicate.describe(
            "a domain transition guard (…Refused, may…)", call -> {
                String name = call.getTarget().getName();
                boolean guardName = name.endsWith("Refused") || name.matches("may[A-Z].*");
                return guardName && !call.getTargetOwner().isAssignableTo(Allowed.class)
                        && call.getTargetOwner().getPackageName().startsWith("org.apertura");
            });

    @Test
    void controllersDoNotCheckAuthoritiesThemselves() {
        noClasses().that().resideInAnyPackage("org.apertura..web..", "org.apertura..api..")
                .should().dependOnClassesThat().belongToAnyOf(Authorities.class, Actor.class)
                .because("controllers ask the module's policy (through its service) what the person may do")
                .check(MAIN);
    }

    @Test
    void controllersDoNotCallDomainTransitionGuards() {
        noClasses().that().resideInAnyPackage("org.apertura..web..", "org.apertura..api..")
                .should().callMethodWhere(GUARD)
                .because("what may happen now is the policy's answer ('allowed'), computed from those guards")
                .check(MAIN);
    }

    @Test
    void onlyPoliciesAndServicesCallTheGuards() {
        noClasses().that().haveSimpleNameNotEndingWith("Policy").and().haveSimpleNameNotEndingWith("Service")
                .and().resideOutsideOfPackages("org.apertura.platform..")
                .should().callMethodWhere(DescribedPredicate.describe("a …Refused guard of another class",
                        call -> call.getTarget().getName().endsWith("Refused")
                                && !call.getTargetOwner().equals(call.getOriginOwner())))
                .because("a guard is checked by its own entity's transitions, its policy, or its service")
                .check(MAIN);
    }

    private static final Pattern TYPE_REFERENCE = Pattern.compile("T\\(\\s*org\\.apertura\\.([a-z]+)\\.");

    @Test
    void templatesReferenceNoOtherModulesTypes() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = root.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                Matcher m = TYPE_REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(module)) {
                        found.add(relative + ": T(org.apertura." + m.group(1) + "…)");
                    }
                }
            }
        }
        assertThat(found).as("templates that reach into another module's types").isEmpty();
    }

    /** A page that re-tests a stage or status to decide what to offer (the policy's 'allowed' answers that). */
    private static final Pattern STAGE_TEST = Pattern.compile("\\.(stage|status)\\.name\\(\\)\\s*[!=]=");

    @Test
    void templatesDoNotReTestStagesToDecideWhatToOffer() throws IOException {
        // The minutes document spells an agreement's result in words; it offers nothing.
        List<String> exempt = List.of("secretariat/minutes-document.html");
        Path root = Path.of("src/main/resources/templates");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!exempt.contains(relative) && STAGE_TEST.matcher(Files.readString(file)).find()) {
                    found.add(relative);
                }
            }
        }
        assertThat(found).as("templates comparing a stage or status by name").isEmpty();
    }
}
