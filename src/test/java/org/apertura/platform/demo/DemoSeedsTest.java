package org.apertura.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apertura.platform.demo.DemoSeeds.Declared;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The demo's order comes from what each seed declares it needs and follows, never from numbers or from the order in
 * which beans are found; a missing need or a cycle stops the start with a message naming the seeds.
 */
class DemoSeedsTest {

    @Test
    void theApplicationsSeedsRunInTheOrderTheirNeedsGiveWhateverOrderTheyAreFoundIn() throws Exception {
        List<Declared> seeds = applicationSeeds();
        // The order the demo has always loaded in (the ledger, the archives' case files and the catalog number its
        // acts in this order, so its ids and folios stay the same).
        List<String> expected = List.of("jurisdiction", "archives", "platform-lists", "secretariat", "actionplan",
                "cocreation", "participation", "feedback", "challenge", "infographics", "accessinfo", "contracting",
                "budget", "process-evidence", "opendata", "participation-problems", "community", "meetings",
                "commitment-comments");
        assertThat(DemoSeeds.order(seeds)).containsExactlyElementsOf(expected);
        List<Declared> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        assertThat(DemoSeeds.order(reversed)).containsExactlyElementsOf(expected);
        List<Declared> shuffled = new ArrayList<>(seeds);
        Collections.shuffle(shuffled, new java.util.Random(33));
        assertThat(DemoSeeds.order(shuffled)).containsExactlyElementsOf(expected);
    }

    @Test
    void aSeedRunsAfterWhatItNeedsNotByName() {
        List<String> order = DemoSeeds.order(List.of(seed("alpha", Set.of("zeta"), Set.of()),
                seed("zeta", Set.of("mid"), Set.of()), seed("mid", Set.of(), Set.of())));
        assertThat(order).containsExactly("mid", "zeta", "alpha");
    }

    @Test
    void aSeedFollowsAnotherOnlyWhenThatOneIsThere() {
        assertThat(DemoSeeds.order(List.of(seed("a", Set.of(), Set.of("b")), seed("b", Set.of(), Set.of()))))
                .containsExactly("b", "a");
        assertThat(DemoSeeds.order(List.of(seed("a", Set.of(), Set.of("gone")), seed("c", Set.of(), Set.of()))))
                .containsExactly("a", "c");
    }

    @Test
    void seedsThatNeedEachOtherAreRefusedNamingTheCycle() {
        assertThatThrownBy(() -> DemoSeeds.order(List.of(seed("budget", Set.of("contracting"), Set.of()),
                seed("contracting", Set.of("opendata"), Set.of()), seed("opendata", Set.of("budget"), Set.of()),
                seed("jurisdiction", Set.of(), Set.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo seeds wait for each other in a cycle: budget → contracting → opendata → budget");
        assertThatThrownBy(() -> DemoSeeds.order(List.of(seed("a", Set.of(), Set.of("b")),
                seed("b", Set.of("a"), Set.of())))).hasMessageContaining("cycle: a → b → a");
    }

    @Test
    void aSeedThatNeedsOneNoModuleProvidesIsRefused() {
        assertThatThrownBy(() -> DemoSeeds.order(List.of(seed("archives", Set.of("jurisdiction"), Set.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo seed 'archives' needs 'jurisdiction', but no demo seed has that name (seeds: "
                        + "[archives])");
    }

    private static Declared seed(String name, Set<String> needs, Set<String> after) {
        return new Declared(name, needs, after);
    }

    /** Every class the application declares as a demo seed, found as component scanning finds it with the demo on. */
    private static List<Declared> applicationSeeds() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false,
                new MockEnvironment().withProperty("apertura.demo", "true"));
        scan.addIncludeFilter(new AnnotationTypeFilter(DemoSeed.Seed.class));
        List<Declared> seeds = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.apertura")) {
            Class<?> type = ClassUtils.forName(found.getBeanClassName(), DemoSeedsTest.class.getClassLoader());
            assertThat(DemoSeed.class).as(type.getName()).isAssignableFrom(type);
            seeds.add(Declared.of(type.getAnnotation(DemoSeed.Seed.class)));
        }
        return seeds;
    }
}
