package org.apertura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.apertura.identity.AccountPrincipal;
import org.apertura.identity.AccountService;
import org.apertura.identity.SessionRefresher;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, sign-in, the person's own account page, password change and reset, API tokens. */
@Controller
class AccountPages {

    private final AccountService accounts;
    private final SessionRefresher sessions;

    AccountPages(AccountService accounts, SessionRefresher sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/registro")
    String signUpForm(@ModelAttribute("form") AccountForm form) {
        return "identity/sign-up";
    }

    /** The same answer whether or not the address has an account: see {@link AccountService#register}. */
    @PostMapping("/registro")
    String signUp(@ModelAttribute("form") AccountForm form, BindingResult errors, java.util.Locale locale) {
        try {
            accounts.register(form.getEmail(), form.getPassword(), form.getDisplayName(), locale);
            return "redirect:/entrar?registro";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setPassword(null);
            return "identity/sign-up";
        }
    }

    /** The link of the confirmation e-mail shows a button (mail scanners open links; only a person presses it). */
    @GetMapping("/registro/confirmar/{token}")
    String confirmForm(@PathVariable String token, Model model) {
        model.addAttribute("usable", accounts.isSignUpLinkUsable(token));
        model.addAttribute("token", token);
        return "identity/confirm";
    }

    @PostMapping("/registro/confirmar/{token}")
    String confirm(@PathVariable String token, Model model) {
        try {
            accounts.confirmSignUp(token);
            return "redirect:/entrar?confirmada";
        } catch (InvalidInputException e) {
            model.addAttribute("usable", false);
            model.addAttribute("problem", e.problems().get(0).messageKey());
            model.addAttribute("token", token);
            return "identity/confirm";
        }
    }

    /** {@code ?espera=N}: the seconds a sign-in must still wait after failures, said in seconds or minutes. */
    @GetMapping("/entrar")
    String signInForm(@ModelAttribute("form") AccountForm form,
            @RequestParam(name = "espera", required = false) String wait, Model model) {
        long seconds = parseWait(wait);
        if (seconds > 0) {
            model.addAttribute("waitKey", seconds >= 90 ? "signIn.wait.minutes" : "signIn.wait.seconds");
            model.addAttribute("waitAmount", seconds >= 90 ? (seconds + 59) / 60 : seconds);
        }
        return "identity/sign-in";
    }

    private static long parseWait(String wait) {
        if (wait == null || wait.isEmpty() || wait.length() > 5 || !wait.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Math.min(Long.parseLong(wait), 3600);
    }

    @GetMapping("/cuenta")
    String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        AccountForm form = new AccountForm();
        form.setDisplayName(me.displayName());
        model.addAttribute("form", form);
        return accountPage(me, model);
    }

    @PostMapping("/cuenta/nombre")
    String rename(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.rename(me.accountId(), form.getDisplayName());
            sessions.refresh(me.accountId(), request, response);
            redirect.addFlashAttribute("notice", "account.notice.renamed");
            return "redirect:/cuenta";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return accountPage(me, model);
        }
    }

    @PostMapping("/cuenta/tokens")
    String createToken(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("tokenForm") AccountForm tokenForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            AccountService.NewToken token = accounts.createToken(me.accountId(), tokenForm.getName());
            redirect.addFlashAttribute("newTokenSecret", token.secret());
            redirect.addFlashAttribute("newTokenName", token.token().getName());
            return "redirect:/cuenta#tokens";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            AccountForm form = new AccountForm();
            form.setDisplayName(me.displayName());
            model.addAttribute("form", form);
            return accountPage(me, model);
        }
    }

    @PostMapping("/cuenta/tokens/{id}/revocar")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id, RedirectAttributes redirect) {
        accounts.revokeToken(me.accountId(), id);
        redirect.addFlashAttribute("notice", "account.notice.tokenRevoked");
        return "redirect:/cuenta#tokens";
    }

    @GetMapping("/cuenta/contrasena")
    String passwordForm(@ModelAttribute("form") AccountForm form) {
        return "identity/password";
    }

    @PostMapping("/cuenta/contrasena")
    String changePassword(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            accounts.changePassword(me.accountId(), form.getCurrentPassword(), form.getNewPassword(),
                    form.isRevokeTokens());
            sessions.refresh(me.accountId(), request, response);
            redirect.addFlashAttribute("notice", "account.notice.passwordChanged");
            return "redirect:/cuenta";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            return "identity/password";
        }
    }

    @GetMapping("/recuperar")
    String forgotForm(@ModelAttribute("form") AccountForm form) {
        return "identity/forgot";
    }

    @PostMapping("/recuperar")
    String forgot(@ModelAttribute("form") AccountForm form, Locale locale, RedirectAttributes redirect) {
        accounts.requestPasswordReset(form.getEmail(), locale);
        redirect.addFlashAttribute("notice", "account.notice.resetSent");
        return "redirect:/recuperar";
    }

    @GetMapping("/recuperar/{token}")
    String resetForm(@PathVariable String token, @ModelAttribute("form") AccountForm form, Model model) {
        model.addAttribute("usable", accounts.isResetTokenUsable(token));
        model.addAttribute("token", token);
        return "identity/reset";
    }

    @PostMapping("/recuperar/{token}")
    String reset(@PathVariable String token, @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model) {
        try {
            accounts.resetPassword(token, form.getNewPassword());
            return "redirect:/entrar?restablecida";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setNewPassword(null);
            model.addAttribute("usable", accounts.isResetTokenUsable(token));
            model.addAttribute("token", token);
            return "identity/reset";
        }
    }

    private String accountPage(AccountPrincipal me, Model model) {
        model.addAttribute("account", accounts.get(me.accountId()));
        model.addAttribute("memberships", accounts.memberships(me.accountId()));
        model.addAttribute("scopeNames", accounts.scopeNames());
        model.addAttribute("workPlaces", accounts.workPlaces());
        model.addAttribute("tokens", accounts.tokens(me.accountId()));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new AccountForm());
        }
        return "identity/account";
    }
}
