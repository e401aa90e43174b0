package org.apertura.community.web;

import java.util.EnumMap;
import java.util.Map;
import org.apertura.community.CommunityAction;
import org.apertura.community.CommunityNotices;
import org.apertura.community.CommunityService;
import org.apertura.community.Delivery;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.PublicActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's notification centre and settings, their profile choices and public profile, following, appeals to
 * moderation, and the newsletter desk with its unsubscribe page that needs no sign-in.
 */
@Controller
class CommunityPages {

    private final CommunityService service;
    private final CommunityNotices notices;

    CommunityPages(CommunityService service, CommunityNotices notices) {
        this.service = service;
        this.notices = notices;
    }

    private static String problem(RedirectAttributes redirect, InvalidInputException e, String to) {
        redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        return "redirect:" + to;
    }

    // ---- notices

    @GetMapping("/cuenta/notificaciones")
    String notices(Model model) {
        Long me = PublicActor.requireId();
        model.addAttribute("notices", notices.newest(me));
        model.addAttribute("unread", notices.unread(me));
        model.addAttribute("settings", notices.settings(me));
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("followed", service.followed());
        return "community/notices";
    }

    @PostMapping("/cuenta/notificaciones/ajustes")
    String settings(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        service.allowedNow().require(CommunityAction.MANAGE_OWN);
        Map<NoticeKind, Delivery> chosen = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            String value = form.get("kind." + kind.name());
            if (value != null) {
                try {
                    chosen.put(kind, Delivery.valueOf(value));
                } catch (IllegalArgumentException unknown) {
                    redirect.addFlashAttribute("problem", "community.validation.delivery");
                    return "redirect:/cuenta/notificaciones#ajustes";
                }
            }
        }
        notices.choose(PublicActor.requireId(), chosen);
        redirect.addFlashAttribute("notice", "community.notice.settingsSaved");
        return "redirect:/cuenta/notificaciones#ajustes";
    }

    @PostMapping("/cuenta/notificaciones/{id}/leida")
    String read(@PathVariable long id) {
        return "redirect:" + notices.read(PublicActor.requireId(), id).orElse("/cuenta/notificaciones");
    }

    @PostMapping("/cuenta/notificaciones/leidas")
    String readAll(RedirectAttributes redirect) {
        notices.readAll(PublicActor.requireId());
        redirect.addFlashAttribute("notice", "community.notice.allRead");
        return "redirect:/cuenta/notificaciones";
    }

    // ---- profile

    @GetMapping("/cuenta/perfil")
    String myProfile(Model model) {
        model.addAttribute("choices", service.choices(PublicActor.requireId()));
        return "community/my-profile";
    }

    @PostMapping("/cuenta/perfil")
    String choose(@RequestParam(required = false) String nickname,
            @RequestParam(defaultValue = "false") boolean showSupports,
            @RequestParam(defaultValue = "false") boolean newsletter, RedirectAttributes redirect) {
        try {
            service.choose(nickname, showSupports, newsletter);
        } catch (InvalidInputException e) {
            return problem(redirect, e, "/cuenta/perfil");
        }
        redirect.addFlashAttribute("notice", "community.notice.profileSaved");
        return "redirect:/cuenta/perfil";
    }

    @GetMapping("/personas/{nickname}")
    String profile(@PathVariable String nickname, Model model) {
        CommunityService.Profile profile = service.profile(nickname);
        model.addAttribute("profile", profile);
        model.addAttribute("following", service.followsPerson(profile.accountId()));
        model.addAttribute("mine", PublicActor.current().map(a -> a.accountId().equals(profile.accountId()))
                .orElse(false));
        model.addAttribute("allowed", service.allowedNow());
        return "community/profile";
    }

    @PostMapping("/personas/{nickname}/seguir")
    String followPerson(@PathVariable String nickname, RedirectAttributes redirect) {
        try {
            service.followPerson(nickname, true);
            redirect.addFlashAttribute("notice", "community.notice.followed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/personas/" + nickname;
    }

    @PostMapping("/personas/{nickname}/dejar-de-seguir")
    String unfollowPerson(@PathVariable String nickname, RedirectAttributes redirect) {
        service.followPerson(nickname, false);
        redirect.addFlashAttribute("notice", "community.notice.unfollowed");
        return "redirect:/personas/" + nickname;
    }

    // ---- following items

    @PostMapping("/seguir")
    String followItem(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
            @RequestParam(defaultValue = "true") boolean follow, RedirectAttributes redirect) {
        String path = service.followItem(kind, id, follow);
        redirect.addFlashAttribute("notice", follow ? "community.notice.followed" : "community.notice.unfollowed");
        return "redirect:" + path;
    }

    // ---- appeals

    @GetMapping("/cuenta/apelaciones")
    String myAppeals(Model model) {
        model.addAttribute("hidden", service.myHidden());
        return "community/my-appeals";
    }

    @PostMapping("/cuenta/apelaciones")
    String appeal(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            service.appeal(kind, id, reason);
        } catch (InvalidInputException e) {
            return problem(redirect, e, "/cuenta/apelaciones");
        }
        redirect.addFlashAttribute("notice", "community.notice.appealed");
        return "redirect:/cuenta/apelaciones";
    }

    @GetMapping("/moderacion/apelaciones")
    String pendingAppeals(Model model) {
        PublicActor.requireId();
        model.addAttribute("pending", service.pendingForMe());
        return "community/appeals-queue";
    }

    @PostMapping("/moderacion/apelaciones/{id}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean restore,
            @RequestParam(required = false) String decisionReason, RedirectAttributes redirect) {
        try {
            service.decide(id, restore, decisionReason);
        } catch (InvalidInputException e) {
            return problem(redirect, e, "/moderacion/apelaciones");
        }
        redirect.addFlashAttribute("notice", restore ? "community.notice.restored" : "community.notice.confirmed");
        return "redirect:/moderacion/apelaciones";
    }

    // ---- newsletter

    @GetMapping("/boletin/redactar")
    String newsletters(Model model) {
        model.addAttribute("newsletters", service.newsletters());
        model.addAttribute("subscribers", service.subscribers());
        return "community/newsletters";
    }

    @PostMapping("/boletin")
    String write(@RequestParam(required = false) String subjectEs, @RequestParam(required = false) String bodyEs,
            @RequestParam(required = false) String subjectEn, @RequestParam(required = false) String bodyEn,
            RedirectAttributes redirect) {
        try {
            long id = service.write(subjectEs, bodyEs, subjectEn, bodyEn);
            return "redirect:/boletin/" + id;
        } catch (InvalidInputException e) {
            return problem(redirect, e, "/boletin/redactar");
        }
    }

    @GetMapping("/boletin/{id}")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("letter", service.newsletter(id));
        model.addAttribute("subscribers", service.subscribers());
        return "community/newsletter";
    }

    @PostMapping("/boletin/{id}/enviar")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.send(id);
            redirect.addFlashAttribute("notice", "community.notice.sent");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/boletin/" + id;
    }

    @GetMapping("/boletin/baja")
    String unsubscribePage(@RequestParam(name = "t", required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", service.validToken(token));
        return "community/unsubscribe";
    }

    @PostMapping("/boletin/baja")
    String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
        try {
            service.unsubscribe(token);
            model.addAttribute("done", true);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().get(0).messageKey());
        }
        model.addAttribute("valid", false);
        return "community/unsubscribe";
    }
}
