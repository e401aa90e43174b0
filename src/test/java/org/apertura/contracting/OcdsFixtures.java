package org.apertura.contracting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;

/**
 * The fictional OCDS example made publishable here: its own ocid (under the test prefix {@code ocds-213czf-}) and
 * its buyer identified as a directory institution (scheme APERTURA, id the slug), the same change made to the
 * expected record, so what comes back can be compared with it exactly.
 */
final class OcdsFixtures {

    static final String EXAMPLE_OCID = "ocds-213czf-000-00001";
    static final List<String> RELEASE_FILES = List.of("ocds-213czf-000-00001-01-planning.json",
            "ocds-213czf-000-00001-02-tender.json", "ocds-213czf-000-00001-03-tenderAmendment.json",
            "ocds-213czf-000-00001-04-award.json", "ocds-213czf-000-00001-05-contract.json",
            "ocds-213czf-000-00001-06-implementation.json");

    private OcdsFixtures() {
    }

    static String newOcid() {
        return "ocds-213czf-t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A file of the fictional example with the process renamed and the buyer made an institution of the directory. */
    static String example(String file, String ocid, String slug) {
        return adapt(read(SharedReference.ocds("fictional-example", file)), ocid, slug);
    }

    static String expectedRecord(String ocid, String slug) {
        return adapt(read(SharedReference.ocds("fictional-example", "record", "ocds-213czf-000-00001-withversions.json")),
                ocid, slug);
    }

    static String adapt(String json, String ocid, String slug) {
        return json.replace(EXAMPLE_OCID, ocid).replace("\"GB-LAC\"", "\"APERTURA\"").replace("E09000003", slug);
    }

    /** An account holding PROCUREMENT of the institution, and its bearer token. */
    static String procurementToken(AccountService accounts, String slug) {
        Account account = TestAccounts.person(accounts, "Compras " + slug);
        SystemActor.run(() -> accounts.grant(account.getId(), Role.PROCUREMENT, slug, null));
        return accounts.createToken(account.getId(), "ocds").secret();
    }

    /** A new person holding PROCUREMENT of the institution, signed in for MockMvc requests. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor officer(AccountService accounts,
            org.apertura.identity.AccountUserDetailsAccess details, String slug, String name) {
        return holder(accounts, details, Role.PROCUREMENT, slug, name);
    }

    /** A new person holding a role in the institution, signed in for MockMvc requests. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor holder(AccountService accounts,
            org.apertura.identity.AccountUserDetailsAccess details, Role role, String slug, String name) {
        Account account = TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(account.getId(), role, slug, null));
        return details.signedIn(account);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
