package org.apertura.platform.web;

import java.io.EOFException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The shared test context's database, with a switch a test can cut: while cut, asking for a connection fails as the
 * pool does when the database cannot be reached ({@link #failure()}, at once here instead of after the pool's
 * timeout). Passes everything through otherwise. Used by {@link DatabaseCutTest}; the same fault with real processes
 * and a real network cut is {@code platform.faults.NodeFaultsTest}.
 */
@Configuration(proxyBeanMethods = false)
class CuttableDatabase {

    private static volatile boolean cut;

    static void cut() {
        cut = true;
    }

    static void restore() {
        cut = false;
    }

    /**
     * What the pool throws when PostgreSQL's end was closed under the driver (NodeFaultsTest's relay): the driver's
     * {@code EOFException} at the bottom, which Spring MVC takes for a client gone away.
     */
    static SQLException failure() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                + " after 10000ms (the test cut the database)", "08001",
                new SQLException("The connection attempt failed.", "08001", new EOFException()));
    }

    @Bean
    static BeanPostProcessor cuttableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Switch) ? new Switch(dataSource) : bean;
            }
        };
    }

    static final class Switch extends DelegatingDataSource {

        Switch(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhileCut();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhileCut();
            return super.getConnection(username, password);
        }

        private static void refuseWhileCut() throws SQLException {
            if (cut) {
                throw failure();
            }
        }
    }
}
