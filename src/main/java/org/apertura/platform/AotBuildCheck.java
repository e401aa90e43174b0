package org.apertura.platform;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.storage.S3Storage;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A start with Spring's build-time processing ({@code -Dspring.aot.enabled=true}, the jar built with {@code -Paot};
 * docs/adr/0076) has the beans decided when the jar was built: a property that chooses beans then no longer does. This
 * refuses such a start, before any bean is created, when the settings that choose Apertura's beans ask for other beans
 * than the build made ({@code apertura.demo}, {@code apertura.storage}, {@code apertura.sessions.store}), instead of
 * running without the demo, the S3 storage or the database sessions that were asked for. A plain start checks nothing.
 */
@Component
class AotBuildCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final String SESSIONS = "org.springframework.session.jdbc.JdbcIndexedSessionRepository";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (AotDetector.useGeneratedArtifacts()) {
            List<String> differences = differences(environment, beans);
            if (!differences.isEmpty()) {
                throw new IllegalStateException("This jar's beans were decided when it was built (Spring AOT,"
                        + " -Dspring.aot.enabled=true), with other settings than this start's: "
                        + String.join("; ", differences) + ". Start it without -Dspring.aot.enabled=true, or build it"
                        + " again with these settings (mvn -Paot package, docs/SCALING.md, \"Starting faster\").");
            }
        }
    }

    /** The settings whose beans differ from the ones defined, each as "setting=value at start, built with value". */
    static List<String> differences(Environment environment, ConfigurableListableBeanFactory beans) {
        List<String> differences = new ArrayList<>();
        compare(differences, "apertura.demo", environment.getProperty("apertura.demo", Boolean.class, false),
                defines(beans, DemoSeed.class));
        compare(differences, "apertura.storage=s3", "s3".equals(environment.getProperty("apertura.storage")),
                defines(beans, S3Storage.class));
        compare(differences, "apertura.sessions.store=jdbc",
                "jdbc".equals(environment.getProperty("apertura.sessions.store", "jdbc")), defines(beans, SESSIONS));
        return differences;
    }

    private static void compare(List<String> differences, String setting, boolean asked, boolean built) {
        if (asked != built) {
            differences.add(setting + " is " + asked + " for this start, " + built + " in the build");
        }
    }

    private static boolean defines(ConfigurableListableBeanFactory beans, Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }

    private static boolean defines(ConfigurableListableBeanFactory beans, String type) {
        try {
            return defines(beans, Class.forName(type, false, AotBuildCheck.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
