package org.apertura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-step sign-in on the wire: an account holding a role cannot act until it set up its authenticator app and
 * passes the code at every sign-in; a code works once; five wrong codes end the attempt; recovery codes work once
 * each; a person without a role may turn it on and off; an administrator resets it for a lost phone; and each step
 * is in the audit log that only administrators read.
 */
@IntegrationTest
class TwoStepSignInTest {

    private static final Pattern CODES = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private Account admin() {
        return TestAccounts.admin(accounts);
    }

    private HttpResponse<String> password(HttpVisitor visitor, Account account) throws Exception {
        return visitor.submit("/entrar", "/entrar", Map.of("email", account.getEmail(), "password", TestAccounts.PASSWORD));
    }

    private int audited(Long account, AuditAction action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_account_id = ? AND action = ?",
                Integer.class, account, action.name());
    }

    @Test
    void anAccountWithARoleSetsUpTheAppBeforeAnythingElseAndThenPassesTheCodeAtEverySignIn() throws Exception {
        Account admin = admin();
        HttpVisitor browser = new HttpVisitor(port);
        HttpResponse<String> afterPassword = password(browser, admin);
        assertThat(browser.location(afterPassword)).isEqualTo("/entrar/codigo");
        // with the password alone, no page answers, the administration least of all
        assertThat(browser.location(browser.get("/admin/cuentas"))).isEqualTo("/entrar/codigo");
        assertThat(browser.location(browser.get("/"))).isEqualTo("/entrar/codigo");
        assertThat(browser.location(browser.get("/entrar/codigo"))).isEqualTo("/cuenta/dos-pasos/activar");
        HttpResponse<String> setUp = browser.get("/cuenta/dos-pasos/activar");
        assertThat(setUp.body()).contains("Activar la verificación en dos pasos", "<svg", "otpauth://totp/Apertura:");
        // a wrong code: refused, still off
        HttpResponse<String> wrong = browser.submit("/cuenta/dos-pasos/activar", "/cuenta/dos-pasos/activar",
                Map.of("code", "000000"));
        assertThat(wrong.body()).contains("El código no es correcto");
        assertThat(accounts.get(admin.getId()).isTwoStepEnabled()).isFalse();

        TestTwoStep.scan(admin.getEmail(), browser.get("/cuenta/dos-pasos/activar").body());
        HttpResponse<String> on = browser.submit("/cuenta/dos-pasos/activar", "/cuenta/dos-pasos/activar",
                Map.of("code", TestTwoStep.code(admin.getEmail())));
        assertThat(on.body()).contains("Sus códigos de recuperación");
        assertThat(CODES.matcher(on.body()).results().count()).isEqualTo(10);
        assertThat(browser.get("/admin/cuentas").statusCode()).isEqualTo(200);
        assertThat(audited(admin.getId(), AuditAction.TWO_STEP_ENABLED)).isEqualTo(1);

        // the next sign-in asks for the code, and goes on to the page asked for
        HttpVisitor later = new HttpVisitor(port);
        assertThat(later.location(later.get("/admin/cuentas"))).isEqualTo("/entrar");
        assertThat(later.location(password(later, admin))).isEqualTo("/entrar/codigo");
        String code = TestTwoStep.code(admin.getEmail());
        HttpResponse<String> passed = later.submit("/entrar/codigo", "/entrar/codigo", Map.of("code", code));
        assertThat(later.location(passed)).startsWith("/admin/cuentas");
        assertThat(audited(admin.getId(), AuditAction.STAFF_SIGNED_IN)).isEqualTo(1);

        // the same code, seen over a shoulder, does not open a third session
        HttpVisitor thief = new HttpVisitor(port);
        password(thief, admin);
        HttpResponse<String> replay = thief.submit("/entrar/codigo", "/entrar/codigo", Map.of("code", code));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("El código no es correcto");
        assertThat(thief.location(thief.get("/admin/cuentas"))).isEqualTo("/entrar/codigo");
    }

    @Test
    void fiveWrongCodesEndTheAttemptWhichStartsAgainFromThePassword() throws Exception {
        Account admin = admin();
        new HttpVisitor(port).signIn(admin.getEmail(), TestAccounts.PASSWORD);
        HttpVisitor guesser = new HttpVisitor(port);
        password(guesser, admin);
        for (int i = 0; i < 4; i++) {
            assertThat(guesser.submit("/entrar/codigo", "/entrar/codigo", Map.of("code", "12345" + i)).body())
                    .contains("El código no es correcto");
        }
        HttpResponse<String> fifth = guesser.submit("/entrar/codigo", "/entrar/codigo", Map.of("code", "123459"));
        assertThat(guesser.location(fifth)).isEqualTo("/entrar?codigos");
        assertThat(guesser.get("/entrar?codigos").body()).contains("varios códigos equivocados");
        // the session is gone: even the right code now needs the password first
        assertThat(guesser.location(guesser.get("/entrar/codigo"))).isEqualTo("/entrar");
        assertThat(audited(admin.getId(), AuditAction.SECOND_STEP_FAILED)).isEqualTo(5);
    }

    @Test
    void eachRecoveryCodeWorksOnceAndAnAdministratorResetsALostPhone() throws Exception {
        Account staff = admin();
        HttpVisitor first = new HttpVisitor(port);
        HttpResponse<String> setUp = first.signIn(staff.getEmail(), TestAccounts.PASSWORD);
        List<String> codes = CODES.matcher(setUp.body()).results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(10);

        HttpVisitor phoneLost = new HttpVisitor(port);
        password(phoneLost, staff);
        HttpResponse<String> recovered = phoneLost.submit("/entrar/codigo", "/entrar/codigo",
                Map.of("code", codes.get(0).toUpperCase().replace("-", " ")));
        assertThat(phoneLost.location(recovered)).isEqualTo("/cuenta/dos-pasos");
        assertThat(phoneLost.get("/cuenta/dos-pasos").body()).contains("Entró con un código de recuperación. Le quedan 9");

        HttpVisitor again = new HttpVisitor(port);
        password(again, staff);
        assertThat(again.submit("/entrar/codigo", "/entrar/codigo", Map.of("code", codes.get(0))).body())
                .contains("El código no es correcto");
        assertThat(audited(staff.getId(), AuditAction.RECOVERY_CODE_USED)).isEqualTo(1);

        // someone holding a role cannot turn it off
        assertThat(first.submit("/cuenta/dos-pasos", "/cuenta/dos-pasos/desactivar",
                Map.of("code", TestTwoStep.code(staff.getEmail()))).body()).contains("no se puede desactivar");
        assertThat(accounts.get(staff.getId()).isTwoStepEnabled()).isTrue();

        // an administrator resets it: the person's sessions end, and the next sign-in sets the app up again
        Account other = admin();
        HttpVisitor administrator = new HttpVisitor(port);
        administrator.signIn(other.getEmail(), TestAccounts.PASSWORD);
        HttpResponse<String> reset = administrator.submit("/admin/cuentas/" + staff.getId(),
                "/admin/cuentas/" + staff.getId() + "/dos-pasos/restablecer", Map.of());
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(accounts.get(staff.getId()).isTwoStepEnabled()).isFalse();
        assertThat(first.location(first.get("/cuenta"))).startsWith("/entrar");
        HttpVisitor newPhone = new HttpVisitor(port);
        password(newPhone, staff);
        assertThat(newPhone.location(newPhone.get("/entrar/codigo"))).isEqualTo("/cuenta/dos-pasos/activar");

        String log = administrator.get("/admin/auditoria?cuenta=" + staff.getId()).body();
        assertThat(log).contains("Restableció la verificación en dos pasos de otra persona", "Usó un código de recuperación",
                "Activó la verificación en dos pasos", "Dio un rol", "Administración");
    }

    @Test
    void aPersonWithoutARoleMayTurnItOnAndOff() throws Exception {
        Account person = TestAccounts.person(accounts, "Persona prudente");
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(person.getEmail(), TestAccounts.PASSWORD);
        assertThat(browser.get("/cuenta").statusCode()).isEqualTo(200);
        assertThat(browser.get("/cuenta/dos-pasos").body()).contains("Está desactivada");
        TestTwoStep.scan(person.getEmail(), browser.get("/cuenta/dos-pasos/activar").body());
        browser.submit("/cuenta/dos-pasos/activar", "/cuenta/dos-pasos/activar",
                Map.of("code", TestTwoStep.code(person.getEmail())));
        assertThat(accounts.get(person.getId()).isTwoStepEnabled()).isTrue();

        HttpVisitor next = new HttpVisitor(port);
        assertThat(next.location(password(next, person))).isEqualTo("/entrar/codigo");
        next.secondStep(person.getEmail());

        HttpResponse<String> off = next.submit("/cuenta/dos-pasos", "/cuenta/dos-pasos/desactivar",
                Map.of("code", TestTwoStep.code(person.getEmail())));
        assertThat(next.location(off)).isEqualTo("/cuenta/dos-pasos");
        assertThat(accounts.get(person.getId()).isTwoStepEnabled()).isFalse();
        // turning it off ended the other sessions but not this one
        assertThat(next.get("/cuenta").statusCode()).isEqualTo(200);
        assertThat(browser.location(browser.get("/cuenta"))).startsWith("/entrar");
        HttpVisitor plain = new HttpVisitor(port);
        assertThat(plain.location(password(plain, person))).isEqualTo("/cuenta");
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() throws Exception {
        Account person = TestAccounts.person(accounts, "Curiosa");
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(person.getEmail(), TestAccounts.PASSWORD);
        assertThat(browser.get("/admin/auditoria").statusCode()).isEqualTo(403);
        assertThat(new HttpVisitor(port).get("/admin/auditoria").statusCode()).isEqualTo(302);
    }
}
