package org.apertura.identity;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in the database (Spring Session JDBC, tables {@code spring_session} and {@code spring_session_attributes}
 * made by Flyway), so a person signed in on one node is signed in on every node behind the balancer
 * (docs/adr/0013-stateless-nodes.md). Wired here rather than by Spring Boot's auto-configuration, whose
 * {@code sessionRepository} bean would clash with the secretariat's repository of a body's sessions.
 *
 * <p>A session is still created only when someone signs in or acts: readers get none. Attributes read are written
 * back at the end of the request ({@link SaveMode#ON_GET_ATTRIBUTE}), so a value changed in place (feedback's answers
 * of the visit) reaches the other nodes. Expired sessions are deleted every ten minutes by one node. The cookie is the
 * one the application always had: {@code APERTURA_SESSION}, HttpOnly, SameSite=Lax, Secure behind HTTPS.
 * {@code apertura.sessions.store=memory} keeps them in the node's memory instead (the MockMvc tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "apertura.sessions.store", havingValue = "jdbc", matchIfMissing = true)
class DatabaseSessions {

    @Bean
    JdbcIndexedSessionRepository databaseSessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${server.servlet.session.timeout:8h}") Duration idle) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                ownTransaction);
        repository.setDefaultMaxInactiveInterval(idle);
        repository.setSaveMode(SaveMode.ON_GET_ATTRIBUTE);
        repository.setCleanupCron(Scheduled.CRON_DISABLED); // cleaned by the cluster-locked job below
        return repository;
    }

    @Bean
    SessionRepositoryFilter<?> springSessionRepositoryFilter(JdbcIndexedSessionRepository databaseSessionRepository,
            @Value("${server.servlet.session.cookie.name:APERTURA_SESSION}") String cookieName,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(cookieName);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        cookie.setCookiePath("/");
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookie);
        SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(databaseSessionRepository);
        filter.setHttpSessionIdResolver(resolver);
        return filter;
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository databaseSessionRepository) {
        return new ExpiredSessions(databaseSessionRepository);
    }

    /** Deletes the sessions past their idle time (one node at a time, as every scheduled job). */
    static class ExpiredSessions {

        private final JdbcIndexedSessionRepository repository;

        ExpiredSessions(JdbcIndexedSessionRepository repository) {
            this.repository = repository;
        }

        @Scheduled(cron = "${apertura.sessions.cleanup-cron:0 */10 * * * *}")
        void delete() {
            repository.cleanUpExpiredSessions();
        }
    }
}
