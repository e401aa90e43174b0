package org.apertura.platform.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo, loaded at start-up when it is on: every module's {@link DemoSeed}, each after the seeds it needs and
 * follows. The order is derived from the declarations alone (ties broken by name, so it never depends on how beans
 * happen to be found); a seed that needs one no module provides, two seeds of one name, or seeds that wait for each
 * other in a cycle stop the start with a message that names them, before any seed runs.
 *
 * <p>It runs after the production start-up steps (the first administrator, the index and back-fills, the platform's
 * lists, all ordered below 100), which find an empty database on a first demo start and so do nothing the demo
 * relies on, and before the national members are registered (200).
 */
@Component
@ConditionalOnBooleanProperty("apertura.demo")
@Order(100)
class DemoSeeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeds.class);

    private final List<DemoSeed> seeds;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoSeeds(List<DemoSeed> seeds, org.springframework.context.ApplicationEventPublisher events) {
        this.seeds = seeds;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, DemoSeed> byName = new LinkedHashMap<>();
        Map<String, DemoSeed.Seed> declarations = new LinkedHashMap<>();
        for (DemoSeed seed : seeds) {
            DemoSeed.Seed declared = declarationOf(seed);
            if (byName.putIfAbsent(declared.name(), seed) != null) {
                throw new IllegalStateException("Two demo seeds are named '" + declared.name() + "': "
                        + AopUtils.getTargetClass(byName.get(declared.name())).getName() + " and "
                        + AopUtils.getTargetClass(seed).getName());
            }
            declarations.put(declared.name(), declared);
        }
        long all = System.nanoTime();
        for (String name : order(declarations.values().stream().map(Declared::of).toList())) {
            long started = System.nanoTime();
            byName.get(name).seed();
            log.info("Demo seed {} loaded in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
        events.publishEvent(new DemoSeed.Loaded(byName.size()));
        // the portal answers while the demo loads; the load benchmark waits for this line (its pages change until then)
        log.info("{} {} seeds in {} ms", DemoSeed.LOADED, byName.size(), (System.nanoTime() - all) / 1_000_000);
    }

    private static DemoSeed.Seed declarationOf(DemoSeed seed) {
        Class<?> type = AopUtils.getTargetClass(seed);
        DemoSeed.Seed declared = AnnotatedElementUtils.findMergedAnnotation(type, DemoSeed.Seed.class);
        if (declared == null) {
            throw new IllegalStateException("Demo seed " + type.getName() + " does not declare its name and needs "
                    + "with @DemoSeed.Seed");
        }
        return declared;
    }

    /** A seed's declaration, as the ordering reads it. */
    record Declared(String name, Set<String> needs, Set<String> after) {

        static Declared of(DemoSeed.Seed seed) {
            return new Declared(seed.name(), Set.of(seed.needs()), Set.of(seed.after()));
        }
    }

    /**
     * The seeds' names in the order they run: each after every seed it needs and every present seed it follows; among
     * seeds free to run, by name.
     *
     * @throws IllegalStateException when a seed needs one that is missing, or when seeds wait for each other
     */
    static List<String> order(List<Declared> seeds) {
        Map<String, Set<String>> waitsFor = new TreeMap<>();
        for (Declared seed : seeds) {
            waitsFor.put(seed.name(), new TreeSet<>());
        }
        for (Declared seed : seeds) {
            for (String need : seed.needs()) {
                if (!waitsFor.containsKey(need)) {
                    throw new IllegalStateException("Demo seed '" + seed.name() + "' needs '" + need
                            + "', but no demo seed has that name (seeds: " + waitsFor.keySet() + ")");
                }
                waitsFor.get(seed.name()).add(need);
            }
            seed.after().stream().filter(waitsFor::containsKey).forEach(waitsFor.get(seed.name())::add);
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (order.size() < waitsFor.size()) {
            String next = waitsFor.entrySet().stream()
                    .filter(e -> !done.contains(e.getKey()) && done.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo seeds wait for each other in a cycle: "
                            + cycle(waitsFor, done)));
            order.add(next);
            done.add(next);
        }
        return order;
    }

    /** One cycle among the seeds not yet run, as "a → b → a". */
    private static String cycle(Map<String, Set<String>> waitsFor, Set<String> done) {
        List<String> path = new ArrayList<>();
        String at = waitsFor.keySet().stream().filter(name -> !done.contains(name)).findFirst().orElseThrow();
        while (!path.contains(at)) {
            path.add(at);
            at = waitsFor.get(at).stream().filter(name -> !done.contains(name)).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        return String.join(" → ", cycle);
    }
}
