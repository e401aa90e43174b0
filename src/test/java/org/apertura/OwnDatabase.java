package org.apertura;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A module test's database of its own (docs/adr/0083), empty, with no demo: on the H2 run an in-memory H2 named after
 * the module; under -Ppostgres a PostgreSQL database beside the suite's, named as it is plus {@code _module_<name>},
 * created when missing and emptied once per run like the suite's ({@code platform.CleanDatabaseOnce}). So a module
 * test sees only what it wrote, on both databases, and the shared context's database is not touched. Used from the
 * module test's {@code @DynamicPropertySource}: the module test starts a context of its own anyway.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Points the module test's context at its own database, demo off, and names the module in its start line. */
    public static void register(DynamicPropertyRegistry registry, String module) {
        String url = url(module);
        registry.add("spring.datasource.url", () -> url);
        registry.add("apertura.demo", () -> "false");
        registry.add("apertura.test.module", () -> module);
    }

    static String url(String module) {
        if (!System.getProperty("spring.profiles.active", "").contains("postgres-test")) {
            return "jdbc:h2:mem:module-" + module
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        // as application-postgres-test.properties reads them
        String suite = env("APERTURA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test");
        int query = suite.indexOf('?');
        String base = query < 0 ? suite : suite.substring(0, query);
        String name = base.substring(base.lastIndexOf('/') + 1) + "_module_" + module;
        String own = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : suite.substring(query));
        try (Connection connection = DriverManager.getConnection(suite, env("APERTURA_TEST_DB_USER", "postgres"),
                env("APERTURA_TEST_DB_PASSWORD", ""))) {
            if (!exists(connection, name)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile
                throw new IllegalStateException("Cannot create the module test's database " + name, e);
            }
        }
        return own;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            find.setString(1, name);
            try (ResultSet found = find.executeQuery()) {
                return found.next();
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
