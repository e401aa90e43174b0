package org.apertura.identity;

import org.apertura.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The account page (name, tokens) and the administrators' role management, through the pages. */
@IntegrationTest
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void aPersonCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
        Account person = TestAccounts.person(accounts, "Irene");
        String secret = (String) mvc.perform(post("/cuenta/tokens").with(details.signedIn(person)).with(csrf())
                        .param("name", "mi tablero"))
                .andExpect(redirectedUrl("/cuenta#tokens"))
                .andExpect(flash().attributeExists("newTokenSecret"))
                .andReturn().getFlashMap().get("newTokenSecret");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(jsonPath("$.displayName").value("Irene"));
        mvc.perform(get("/cuenta").with(details.signedIn(person)))
                .andExpect(content().string(containsString("mi tablero")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        ApiToken token = accounts.tokens(person.getId()).get(0);
        mvc.perform(post("/cuenta/tokens/" + token.getId() + "/revocar").with(details.signedIn(person)).with(csrf()))
                .andExpect(redirectedUrl("/cuenta#tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        Account owner = TestAccounts.person(accounts, "Julia");
        Account other = TestAccounts.person(accounts, "Karla");
        AccountService.NewToken token = accounts.createToken(owner.getId(), "privado");
        mvc.perform(post("/cuenta/tokens/" + token.token().getId() + "/revocar").with(details.signedIn(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
    }

    @Test
    void aPersonRenamesThemselvesButNotToAnEmail() throws Exception {
        Account person = TestAccounts.person(accounts, "Luis");
        mvc.perform(post("/cuenta/nombre").with(details.signedIn(person)).with(csrf()).param("displayName", "luis@ejemplo.mx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El nombre público no puede ser un correo")));
        mvc.perform(post("/cuenta/nombre").with(details.signedIn(person)).with(csrf()).param("displayName", "Luis del Valle"))
                .andExpect(redirectedUrl("/cuenta"));
        assertThat(accounts.get(person.getId()).getDisplayName()).isEqualTo("Luis del Valle");
    }

    @Test
    void anAdministratorFindsAccountsByNameOrEmailRoleAndStateAPageAtATime() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String tag = "buscable" + System.nanoTime();
        Account liaison = TestAccounts.person(accounts, "Enlace " + tag);
        Account plain = TestAccounts.person(accounts, "Persona " + tag);
        org.apertura.platform.security.SystemActor.run(() -> {
            accounts.grant(liaison.getId(), Role.LIAISON, "idaip", null);
            accounts.disable(plain.getId(), admin.getId());
        });
        // By part of the name, any case; the roles are named with the institution's name, not its slug.
        mvc.perform(get("/admin/cuentas").param("q", tag.toUpperCase()).with(details.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enlace " + tag)))
                .andExpect(content().string(containsString("Persona " + tag)))
                .andExpect(content().string(containsString("2 cuentas")))
                .andExpect(content().string(containsString("Enlace institucional")))
                .andExpect(content().string(containsString("Instituto Duranguense de Acceso a la Información Pública")))
                .andExpect(content().string(containsString("Desactivada")));
        // By role and by state.
        mvc.perform(get("/admin/cuentas").param("q", tag).param("rol", "LIAISON").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Enlace " + tag)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Persona " + tag))));
        mvc.perform(get("/admin/cuentas").param("q", tag).param("estado", "desactivadas").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Persona " + tag)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Enlace " + tag))));
        // A wildcard typed by the administrator is a character, not a pattern.
        mvc.perform(get("/admin/cuentas").param("q", "%").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Ninguna cuenta")));
        // Fifty a page; the pager keeps the filters.
        for (int i = 0; i < AccountService.ACCOUNTS_PER_PAGE; i++) {
            TestAccounts.person(accounts, "Lote " + tag + " " + i);
        }
        mvc.perform(get("/admin/cuentas").param("q", tag).with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Página 1 de 2")))
                .andExpect(content().string(containsString("q=" + tag + "&amp;pagina=2")));
        mvc.perform(get("/admin/cuentas").param("q", tag).param("pagina", "2").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Página 2 de 2")))
                .andExpect(content().string(containsString("Enlace " + tag)));
        mvc.perform(get("/admin/cuentas").with(details.signedIn(liaison))).andExpect(status().isForbidden());
    }

    @Test
    void aFilterValueTheAccountListsCannotReadIsIgnoredAndSaidSo() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        // A role or a state that is none of the choices used to be dropped without a word, listing every account.
        mvc.perform(get("/admin/cuentas?q=ana&rol=ALCALDE").with(details.signedIn(admin)))
                .andExpect(redirectedUrl("/admin/cuentas?q=ana&ignorado=rol"));
        mvc.perform(get("/admin/cuentas?estado=borradas").with(details.signedIn(admin)))
                .andExpect(redirectedUrl("/admin/cuentas?ignorado=estado"));
        mvc.perform(get("/admin/cuentas").param("ignorado", "rol").param("q", "ana").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("Se ignoró el filtro «Rol» porque su valor no es válido.")));
        mvc.perform(get("/admin/auditoria?cuenta=doce").with(details.signedIn(admin)))
                .andExpect(redirectedUrl("/admin/auditoria?ignorado=cuenta"));
        mvc.perform(get("/admin/auditoria?accion=BORRAR_TODO").with(details.signedIn(admin)))
                .andExpect(redirectedUrl("/admin/auditoria?ignorado=accion"));
        // The choices themselves, and an empty choice ("any"), still filter.
        mvc.perform(get("/admin/cuentas").param("rol", "ADMIN").param("estado", "").with(details.signedIn(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void anAdministratorGrantsAndRemovesScopedRoles() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        Account person = TestAccounts.person(accounts, "Mara");
        String roles = "/admin/cuentas/" + person.getId() + "/roles";
        mvc.perform(post(roles).with(details.signedIn(admin)).with(csrf())
                        .param("role", "STL_MEMBER").param("scopeId", "stl-durango").param("sector", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quien integra el secretariado debe tener un sector.")));
        assertThat(accounts.memberships(person.getId())).isEmpty();
        mvc.perform(post(roles).with(details.signedIn(admin)).with(csrf())
                        .param("role", "LIAISON").param("scopeId", "idaipp"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija de la lista un ámbito que corresponda al rol")));
        mvc.perform(post(roles).with(details.signedIn(admin)).with(csrf())
                        .param("role", "LIAISON").param("scopeId", "stl-durango"))
                .andExpect(content().string(containsString("Elija de la lista un ámbito que corresponda al rol")));
        assertThat(accounts.memberships(person.getId())).isEmpty();

        mvc.perform(post(roles).with(details.signedIn(admin)).with(csrf())
                        .param("role", "STL_MEMBER").param("scopeId", "stl-durango").param("sector", "CIVIL_SOCIETY"))
                .andExpect(redirectedUrl("/admin/cuentas/" + person.getId()));
        mvc.perform(post(roles).with(details.signedIn(admin)).with(csrf())
                        .param("role", "LIAISON").param("scopeId", "idaip"))
                .andExpect(redirectedUrl("/admin/cuentas/" + person.getId()));
        String token = accounts.createToken(person.getId(), "t").secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.roles[?(@.role == 'LIAISON')].scopeId").value("idaip"))
                .andExpect(jsonPath("$.roles[?(@.role == 'STL_MEMBER')].sector").value("CIVIL_SOCIETY"));

        Membership liaison = accounts.memberships(person.getId()).stream()
                .filter(m -> m.getRole() == Role.LIAISON).findFirst().orElseThrow();
        mvc.perform(post(roles + "/" + liaison.getId() + "/retirar").with(details.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/cuentas/" + person.getId()));
        assertThat(accounts.memberships(person.getId())).extracting(Membership::getRole).containsExactly(Role.STL_MEMBER);

        mvc.perform(post(roles).with(details.signedIn(person)).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().isForbidden());
    }
}
