package org.apertura.platform.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * One module's part of the demo: it loads that module's example data through the module's own services (and so the
 * same rules and public history as real acts), and skips what is already there, so a restart changes nothing. A seed
 * says what it is and what it builds on with {@link Seed}; {@link DemoSeeds} runs the seeds in an order derived from
 * that, when the demo is on ({@code apertura.demo=true}, {@code APERTURA_DEMO}). See ADR 0033.
 */
public interface DemoSeed {

    /** How the log says the whole demo is loaded (the load benchmark waits for it). */
    String LOADED = "Demo loaded:";

    /** Loads this module's demo data. Runs once per start, after every seed it needs or follows. */
    void seed();

    /**
     * Published once every seed has run: what reacts to data present (the catalog registering the lists that now have
     * records) does so once, instead of each seed remembering to say it.
     */
    record Loaded(int seeds) {
    }

    /**
     * Declares a demo seed: a bean only when the demo is on, with its name and the seeds it builds on. No numbers:
     * the order is derived from {@link #needs()} and {@link #after()}.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Component
    @ConditionalOnBooleanProperty("apertura.demo")
    @interface Seed {

        /** The seed's name (its module's, or the module's and what it seeds), which other seeds refer to. */
        String name();

        /** Seeds whose data this one reads: they run first, and a start with one of them missing is refused. */
        String[] needs() default {};

        /**
         * Seeds whose history comes first, though this one does not read their data: the ledger, the archives' case
         * files and the catalog number the demo's acts in the order they happen, so this keeps the demo's ids and
         * folios stable. Ignored when that seed is not there.
         */
        String[] after() default {};
    }
}
