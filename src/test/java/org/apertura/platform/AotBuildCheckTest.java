package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apertura.platform.demo.DemoSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** A start with build-time beans (docs/adr/0076) is refused when its settings ask for other beans than the build's. */
class AotBuildCheckTest {

    static final class Seed implements DemoSeed {
        @Override
        public void seed() {
        }
    }

    private static DefaultListableBeanFactory built(boolean demo) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("sessions", new RootBeanDefinition(JdbcIndexedSessionRepository.class));
        if (demo) {
            beans.registerBeanDefinition("seed", new RootBeanDefinition(Seed.class));
        }
        return beans;
    }

    @Test
    void theSameSettingsAsTheBuildStart() {
        assertThat(AotBuildCheck.differences(new MockEnvironment().withProperty("apertura.demo", "true"), built(true)))
                .isEmpty();
        assertThat(AotBuildCheck.differences(new MockEnvironment(), built(false))).isEmpty();
    }

    @Test
    void aDemoAskedForButNotBuiltOrTheOtherWayRoundIsNamed() {
        assertThat(AotBuildCheck.differences(new MockEnvironment().withProperty("apertura.demo", "true"), built(false)))
                .containsExactly("apertura.demo is true for this start, false in the build");
        assertThat(AotBuildCheck.differences(new MockEnvironment().withProperty("apertura.demo", "false"), built(true)))
                .containsExactly("apertura.demo is false for this start, true in the build");
    }

    @Test
    void storageAndSessionsAskedForOtherwiseAreNamed() {
        MockEnvironment start = new MockEnvironment().withProperty("apertura.storage", "s3")
                .withProperty("apertura.sessions.store", "memory");
        assertThat(AotBuildCheck.differences(start, built(false))).containsExactly(
                "apertura.storage=s3 is true for this start, false in the build",
                "apertura.sessions.store=jdbc is false for this start, true in the build");
    }
}
