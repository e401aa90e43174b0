package org.apertura.identity;

import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When no administrator exists (a new installation), creates one with a generated one-time password
 * and prints, once, how to sign in. The password must be changed at the first sign-in.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private final AccountService accounts;
    private final String email;
    private final String baseUrl;

    AdminBootstrap(AccountService accounts, IdentityProperties settings,
            PublicUrl publicUrl) {
        this.accounts = accounts;
        this.email = settings.admin().email();
        this.baseUrl = publicUrl.base();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        String password = Hashing.randomToken(12);
        accounts.bootstrapAdministrator(email, password);
        String line = "=".repeat(72);
        System.out.println(String.join(System.lineSeparator(), "", line,
                "  Apertura: first administrator created / primer administrador creado",
                "  Sign in at / Entre en: " + baseUrl + "/entrar",
                "  E-mail / Correo:      " + email,
                "  One-time password / Contraseña de un solo uso: " + password,
                "  You will be asked to change it. / Se le pedirá cambiarla.",
                "  This is shown only once. / Esto se muestra una sola vez.",
                line, ""));
    }
}
