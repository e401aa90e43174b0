package org.apertura.identity.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.identity.AccountPrincipal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AuditEvent;
import org.apertura.identity.AuditLog;
import org.apertura.identity.TwoStepSignIn;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.web.Paging;
import org.apertura.platform.web.UnreadableFilter;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.RequestParam;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.apertura.identity.Sector;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.RoleScopes;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see accounts and give or take away roles in scopes. */
@Controller
class AccountAdminPages {

    private final AccountService accounts;
    private final TwoStepSignIn twoStep;
    private final AuditLog audit;

    AccountAdminPages(AccountService accounts, TwoStepSignIn twoStep, AuditLog audit) {
        this.accounts = accounts;
        this.twoStep = twoStep;
        this.audit = audit;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    /** The scopes to choose from, by kind (secretariats, institutions, jurisdictions). */
    @ModelAttribute("scopeGroups")
    Map<ScopeKind, List<RoleScopes.Scope>> scopeGroups() {
        Map<ScopeKind, List<RoleScopes.Scope>> groups =
                new EnumMap<>(ScopeKind.class);
        for (ScopeKind kind : ScopeKind.values()) {
            if (kind != ScopeKind.PLATFORM) {
                groups.put(kind, accounts.scopesOf(kind));
            }
        }
        return groups;
    }

    @ModelAttribute("sectors")
    Sector[] sectors() {
        return Sector.values();
    }

    private static <T> T refuse(String filter) {
        throw new UnreadableFilter(filter);
    }

    /** Accounts, newest first, found by name or e-mail, role and state, fifty a page. */
    @GetMapping("/admin/cuentas")
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "rol", required = false) String role,
            @RequestParam(name = "estado", required = false) String state,
            @RequestParam(name = "pagina", defaultValue = "1") long page, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        Role chosenRole = UnreadableFilter.choice(Role.class, "rol", role);
        Boolean enabled = state == null || state.isBlank() ? null
                : "activas".equals(state) ? Boolean.TRUE
                : "desactivadas".equals(state) ? Boolean.FALSE
                : refuse("estado");
        AccountService.AccountQuery query = new AccountService.AccountQuery(text, chosenRole, enabled);
        Page<Account> found = Paging.orLast(Paging.index(page - 1), i -> accounts.search(query, i), model);
        model.addAttribute("accounts", found);
        model.addAttribute("held", accounts.membershipsOf(found.map(Account::getId).getContent()));
        model.addAttribute("scopeNames", accounts.scopeNames());
        model.addAttribute("q", text);
        model.addAttribute("chosenRole", chosenRole);
        model.addAttribute("chosenState", enabled == null ? null : state);
        model.addAttribute("pagerBase", Paging.base(request));
        model.addAttribute("filtered", !(text == null || text.isBlank()) || chosenRole != null || enabled != null);
        return "identity/admin-accounts";
    }

    @GetMapping("/admin/cuentas/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("form", new AccountForm());
        return detailPage(id, model);
    }

    @PostMapping("/admin/cuentas/{id}/roles")
    String grant(@PathVariable Long id, @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        try {
            Role role = parse(Role.class, form.getRole(), "role");
            Sector sector = form.getSector() == null || form.getSector().isBlank() ? null
                    : parse(Sector.class, form.getSector(), "sector");
            accounts.grant(id, role, form.getScopeId(), sector);
            redirect.addFlashAttribute("notice", "membership.notice.granted");
            return "redirect:/admin/cuentas/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return detailPage(id, model);
        }
    }

    @PostMapping("/admin/cuentas/{id}/roles/{membershipId}/retirar")
    String revoke(@PathVariable Long id, @PathVariable Long membershipId, RedirectAttributes redirect) {
        try {
            accounts.revoke(id, membershipId);
            redirect.addFlashAttribute("notice", "membership.notice.revoked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/cuentas/" + id;
    }

    @PostMapping("/admin/cuentas/{id}/desactivar")
    String disable(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            accounts.disable(id, me.accountId());
            redirect.addFlashAttribute("notice", "account.notice.disabled");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/cuentas/" + id;
    }

    @PostMapping("/admin/cuentas/{id}/dos-pasos/restablecer")
    String resetTwoStep(@PathVariable Long id, RedirectAttributes redirect) {
        twoStep.reset(id);
        redirect.addFlashAttribute("notice", "twoStep.admin.notice.reset");
        return "redirect:/admin/cuentas/" + id;
    }

    /** The staff audit log, newest first, by account (acting or acted upon) and action. */
    @GetMapping("/admin/auditoria")
    String audit(@RequestParam(name = "cuenta", required = false) String account,
            @RequestParam(name = "accion", required = false) String action,
            @RequestParam(name = "pagina", defaultValue = "1") long page, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        Long accountId = account == null || account.isBlank() ? null
                : account.matches("\\d{1,18}") ? Long.valueOf(account) : refuse("cuenta");
        AuditAction chosen = UnreadableFilter.choice(AuditAction.class, "accion", action);
        Page<AuditEvent> events = Paging.orLast(Paging.index(page - 1), i -> audit.search(accountId, chosen, i), model);
        model.addAttribute("events", events);
        model.addAttribute("pagerBase", Paging.base(request));
        Map<Long, String> names = new HashMap<>();
        events.forEach(e -> java.util.stream.Stream.of(e.getActorAccountId(), e.getSubjectAccountId())
                .filter(java.util.Objects::nonNull)
                .forEach(id -> names.computeIfAbsent(id, k -> accounts.get(k).getDisplayName())));
        model.addAttribute("names", names);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("chosenAccount", accountId);
        model.addAttribute("chosenAction", chosen);
        return "identity/audit";
    }

    @PostMapping("/admin/cuentas/{id}/activar")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute("notice", "account.notice.enabled");
        return "redirect:/admin/cuentas/" + id;
    }

    private String detailPage(Long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("memberships", accounts.memberships(id));
        model.addAttribute("twoStepOn", twoStep.enabled(id));
        model.addAttribute("scopeNames", accounts.scopeNames());
        return "identity/admin-account";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "validation.required");
        }
    }
}
