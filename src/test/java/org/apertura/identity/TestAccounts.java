package org.apertura.identity;

import org.apertura.platform.security.Role;
import java.util.UUID;
import org.apertura.platform.security.SystemActor;

/** Makes real accounts through the real service, for tests that need a person or an administrator. */
public final class TestAccounts {

    public static final String PASSWORD = "una frase bastante larga";

    private TestAccounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
    }

    public static Account person(AccountService accounts, String displayName) {
        return accounts.signUp(uniqueEmail("persona"), PASSWORD, displayName);
    }

    public static Account admin(AccountService accounts) {
        Account account = accounts.signUp(uniqueEmail("admin"), PASSWORD, "Administración de prueba");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ADMIN, null, null));
        return account;
    }
}
