package org.apertura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.apertura.OwnDatabase;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Identity alone (a Spring Modulith module test, docs/adr/0064), on a database of its own that starts empty, with no
 * demo: a new installation — what the shared context, whose demo has many accounts, cannot show. Its first start
 * creates exactly one administrator, with the configured address and a one-time password to change at the first
 * sign-in; a later start creates none. Its database is its own on both runs (an H2, or a PostgreSQL database under
 * -Ppostgres: {@link OwnDatabase}, docs/adr/0083).
 */
// a mock web environment (no server): the module's security configuration builds its filter chains
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform", verifyAutomatically = false)
class IdentityModuleTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "identity");
        registry.add("apertura.admin.email", () -> "primera@apertura.example");
    }

    @Autowired
    AccountService accounts;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewInstallationStartsWithOneAdministratorWhoMustChangeTheOneTimePassword() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class)).isEqualTo(1);
        Account admin = accounts.byEmail("primera@apertura.example").orElseThrow();
        assertThat(admin.isMustChangePassword()).as("a one-time password").isTrue();
        assertThat(accounts.memberships(admin.getId())).extracting(Membership::getRole).containsExactly(Role.ADMIN);

        bootstrap.run(null); // a later start
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class)).isEqualTo(1);
    }
}
