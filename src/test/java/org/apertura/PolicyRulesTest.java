package org.apertura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import java.beans.Introspector;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Authorities;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

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

    /** A bean reference in an expression, {@code ${@inconformityService.window(f)}} (not a link, {@code @{/…}}). */
    private static final Pattern BEAN_REFERENCE = Pattern.compile("(?<![\\w@.])@([a-zA-Z_]\\w*)");

    /**
     * Templates in another module's folder that read its beans, and why. The chart fragment is shared by every
     * module's charts; under each it offers the infographics' embed snippet, the one way a chart is pasted elsewhere.
     */
    private static final Map<String, Set<String>> BEAN_EXEMPT = Map.of("fragments/chart.html", Set.of("embedSnippets"));

    @Test
    void templatesReferenceNoOtherModulesTypes() throws IOException {
        Map<String, String> beanModules = beanModules();
        Path root = Path.of("src/main/resources/templates");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = root.relativize(file);
                String name = relative.toString().replace('\\', '/');
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                String text = Files.readString(file);
                Matcher m = TYPE_REFERENCE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(module)) {
                        found.add(name + ": T(org.apertura." + m.group(1) + "…)");
                    }
                }
                Matcher b = BEAN_REFERENCE.matcher(text);
                while (b.find()) {
                    String owner = beanModules.get(b.group(1));
                    if (owner != null && !owner.equals(module)
                            && !BEAN_EXEMPT.getOrDefault(name, Set.of()).contains(b.group(1))) {
                        found.add(name + ": @" + b.group(1) + " (" + owner + ")");
                    }
                }
            }
        }
        assertThat(beanModules).as("bean names found in the code").containsKeys("inconformityService", "today");
        assertThat(found).as("templates that reach into another module's types or beans").isEmpty();
    }

    /** A view or fragment name in the code, {@code "appeal/appeal"} (a case label is a ledger key, not a view). */
    private static final Pattern VIEW_NAME = Pattern.compile("(?<!case )\"([a-z]+)/([a-z0-9-]+)(?: ::[^\"]*)?\"");

    /** A fragment a template includes, {@code ~{plainlanguage/score :: score(...)}}. */
    private static final Pattern INCLUDED = Pattern.compile("~\\{\\s*([a-z]+)/[a-z0-9-]+");

    /** The folders of platform's templates: the shared fragments and the error pages, open to every module. */
    private static final Set<String> PLATFORM_FOLDERS = Set.of("platform", "fragments", "error");

    /**
     * A module renders its own folder's templates ({@code appeal/…} for the appeal module's pages and panels), so the
     * folder tells the template rules above whose types and beans a template may read; and a template includes the
     * fragments of its own module, platform's, or a module its module may depend on (package-info).
     */
    @Test
    void eachModuleRendersTheTemplatesOfItsOwnFolder() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        Path code = Path.of("src/main/java/org/apertura");
        List<String> found = new ArrayList<>();
        int views = 0;
        try (Stream<Path> files = Files.walk(code)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = code.relativize(file).getName(0).toString();
                Matcher m = VIEW_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    if (Files.exists(templates.resolve(m.group(1)).resolve(m.group(2) + ".html"))) {
                        views++;
                        if (!folderModule(m.group(1)).equals(module)) {
                            found.add(code.relativize(file) + " renders " + m.group(1) + "/" + m.group(2));
                        }
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = templates.relativize(file);
                String module = relative.getNameCount() > 1 ? folderModule(relative.getName(0).toString()) : "platform";
                Set<String> allowed = allowedDependencies(code, module);
                Matcher m = INCLUDED.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = folderModule(m.group(1));
                    if (!owner.equals(module) && !owner.equals("platform") && !allowed.contains(owner)) {
                        found.add(relative.toString().replace('\\', '/') + " includes " + m.group(1) + "/…");
                    }
                }
            }
        }
        assertThat(views).as("view and fragment names found in the code").isGreaterThan(100);
        assertThat(found).as("templates rendered or included outside their module's reach").isEmpty();
    }

    private static String folderModule(String folder) {
        return PLATFORM_FOLDERS.contains(folder) ? "platform" : folder;
    }

    /** The modules a module may depend on, as its package-info declares them (platform's: none). */
    private static Set<String> allowedDependencies(Path code, String module) throws IOException {
        Path info = code.resolve(module).resolve("package-info.java");
        Matcher m = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}")
                .matcher(Files.exists(info) ? Files.readString(info) : "");
        return m.find() ? Set.copyOf(Pattern.compile("\"([a-z]+)\"").matcher(m.group(1)).results()
                .map(r -> r.group(1)).toList()) : Set.of();
    }

    /** Every bean the application declares, by name, to the module (first package under org.apertura) it lives in. */
    private static Map<String, String> beanModules() {
        Map<String, String> modules = new HashMap<>();
        for (JavaClass c : MAIN) {
            String module = moduleOf(c);
            if (module == null) {
                continue;
            }
            c.tryGetAnnotationOfType(Component.class.getName()).ifPresent(a -> modules.put(
                    beanName(String.valueOf(a.get("value").orElse("")), c.getSimpleName()), module));
            for (Class<? extends Annotation> stereotype : List.of(Service.class, Repository.class, Controller.class,
                    RestController.class, Configuration.class)) {
                c.tryGetAnnotationOfType(stereotype.getName()).ifPresent(a -> modules.put(
                        beanName(String.valueOf(a.get("value").orElse("")), c.getSimpleName()), module));
            }
            c.getMethods().stream().filter(method -> method.isAnnotatedWith(Bean.class)).forEach(method -> {
                Object[] names = (Object[]) method.getAnnotationOfType(Bean.class.getName()).get("name")
                        .orElse(new String[0]);
                modules.put(names.length > 0 ? names[0].toString() : method.getName(), module);
            });
        }
        return modules;
    }

    private static String beanName(String declared, String simpleName) {
        return declared.isEmpty() ? Introspector.decapitalize(simpleName) : declared;
    }

    private static String moduleOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("apertura") ? parts[2] : null;
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
