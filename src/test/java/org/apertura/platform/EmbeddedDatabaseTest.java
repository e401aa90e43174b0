package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database keeps working after the pool renews its connections, as it does every 30 minutes: H2 2.4.240 tied
 * the IN-list CHECK constraints to the connection that migrated the schema, so after its retirement every insert into
 * such a table failed ("Check constraint invalid") — an instance broke half an hour after it started.
 */
@IntegrationTest
class EmbeddedDatabaseTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AccountService accounts;

    @Test
    void checkConstraintsStillHoldAfterThePoolRenewsEveryConnection() throws java.sql.SQLException {
        // the shared test context wraps the pool (platform.web.CuttableDatabase): reach the pool itself
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();
        Account person = TestAccounts.person(accounts, "Después de renovar conexiones");
        // membership.role is checked against the list of roles (an IN-list CHECK constraint)
        SystemActor.run(() -> accounts.grant(person.getId(), Role.ADMIN, null, null));
        assertThat(accounts.memberships(person.getId())).extracting(m -> m.getRole()).containsExactly(Role.ADMIN);
    }
}
