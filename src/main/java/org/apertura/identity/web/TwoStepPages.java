package org.apertura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.apertura.identity.AccountPrincipal;
import org.apertura.identity.SessionRefresher;
import org.apertura.identity.TwoStepSignIn;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step sign-in as a person meets it: the code page after the password (five wrong codes end the sign-in, which
 * then starts again from the password and its delays), setting the app up (QR code, or the secret to type, or a link
 * that opens the app on the phone itself), the recovery codes shown once, and the account's two-step page.
 */
@Controller
class TwoStepPages {

    /** Wrong codes a sign-in may try before it ends. */
    static final int ATTEMPTS = 5;
    private static final String FAILURES = TwoStepPages.class.getName() + ".FAILURES";

    private final TwoStepSignIn twoStep;
    private final SessionRefresher sessions;
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    TwoStepPages(TwoStepSignIn twoStep, SessionRefresher sessions) {
        this.twoStep = twoStep;
        this.sessions = sessions;
    }

    @GetMapping(SignInSteps.SECOND_STEP)
    String codeForm(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form) {
        if (me == null) {
            return "redirect:/entrar";
        }
        if (passed()) {
            return "redirect:/cuenta";
        }
        if (!twoStep.enabled(me.accountId())) {
            return "redirect:" + SignInSteps.SET_UP;
        }
        return "identity/second-step";
    }

    @PostMapping(SignInSteps.SECOND_STEP)
    String code(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/entrar";
        }
        if (passed()) {
            return "redirect:/cuenta";
        }
        TwoStepSignIn.Outcome outcome = twoStep.verify(me.accountId(), form.getCode());
        HttpSession session = request.getSession();
        if (outcome == TwoStepSignIn.Outcome.REFUSED) {
            int failures = (session.getAttribute(FAILURES) instanceof Integer n ? n : 0) + 1;
            if (failures >= ATTEMPTS) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                return "redirect:/entrar?codigos";
            }
            session.setAttribute(FAILURES, failures);
            errors.rejectValue("code", "twoStep.error.wrongCode");
            form.setCode(null);
            return "identity/second-step";
        }
        session.removeAttribute(FAILURES);
        SavedRequest saved = savedRequests.getRequest(request, response);
        sessions.secondStepPassed(request, response);
        if (outcome == TwoStepSignIn.Outcome.RECOVERY_CODE_ACCEPTED) {
            redirect.addFlashAttribute("recoveryUsed", twoStep.recoveryCodesLeft(me.accountId()));
            return "redirect:/cuenta/dos-pasos";
        }
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            return "redirect:" + saved.getRedirectUrl();
        }
        return "redirect:/cuenta";
    }

    @GetMapping(SignInSteps.SET_UP)
    String setUpForm(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            Model model) {
        if (twoStep.enabled(me.accountId())) {
            return passed() ? "redirect:/cuenta/dos-pasos" : "redirect:" + SignInSteps.SECOND_STEP;
        }
        return setUpPage(me, model);
    }

    @PostMapping(SignInSteps.SET_UP)
    String setUp(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (twoStep.enabled(me.accountId())) {
            return passed() ? "redirect:/cuenta/dos-pasos" : "redirect:" + SignInSteps.SECOND_STEP;
        }
        try {
            List<String> codes = twoStep.confirm(me.accountId(), form.getCode());
            SavedRequest saved = savedRequests.getRequest(request, response);
            sessions.secondStepPassed(request, response);
            model.addAttribute("codes", codes);
            if (saved != null) {
                savedRequests.removeRequest(request, response);
                model.addAttribute("continueTo", saved.getRedirectUrl());
            }
            return "identity/recovery-codes";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setCode(null);
            return setUpPage(me, model);
        }
    }

    @GetMapping("/cuenta/dos-pasos")
    String page(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form, Model model) {
        return accountPage(me, model);
    }

    @PostMapping("/cuenta/dos-pasos/codigos")
    String renew(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model) {
        try {
            model.addAttribute("codes", twoStep.renewRecoveryCodes(me.accountId(), form.getCode()));
            return "identity/recovery-codes";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setCode(null);
            return accountPage(me, model);
        }
    }

    @PostMapping("/cuenta/dos-pasos/desactivar")
    String turnOff(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            twoStep.turnOff(me.accountId(), form.getCode());
            sessions.refresh(me.accountId(), request, response);
            redirect.addFlashAttribute("notice", "twoStep.notice.off");
            return "redirect:/cuenta/dos-pasos";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            form.setCode(null);
            return accountPage(me, model);
        }
    }

    private String setUpPage(AccountPrincipal me, Model model) {
        model.addAttribute("setup", twoStep.begin(me.accountId()));
        model.addAttribute("required", twoStep.holdsARole(me.accountId()));
        return "identity/two-step-setup";
    }

    private String accountPage(AccountPrincipal me, Model model) {
        model.addAttribute("enabled", twoStep.enabled(me.accountId()));
        model.addAttribute("required", twoStep.holdsARole(me.accountId()));
        model.addAttribute("codesLeft", twoStep.recoveryCodesLeft(me.accountId()));
        return "identity/two-step";
    }

    private static boolean passed() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SessionRefresher.passedSecondStep(authentication);
    }
}
