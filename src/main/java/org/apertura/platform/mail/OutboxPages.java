package org.apertura.platform.mail;

import org.apertura.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox for administrators ({@code /admin/**} is theirs, and {@link MailOutbox} checks the role again):
 * the list shows recipient and subject; a message's body, which may hold a reset link or a follow-up key,
 * only on its own page. On an instance with no SMTP server this is where mail can be read, since the log
 * no longer carries it.
 */
@Controller
class OutboxPages {

    static final int PAGE_SIZE = 50;

    private final MailOutbox outbox;

    OutboxPages(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/correo")
    String list(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        Page<OutboxMail> mails = Paging.orLast(Paging.index((long) page - 1),
                index -> outbox.newestFirst(index, PAGE_SIZE), model);
        model.addAttribute("mails", mails);
        model.addAttribute("pagerBase", Paging.base(request));
        return "platform/outbox";
    }

    @GetMapping("/admin/correo/{id}")
    String message(@PathVariable Long id, Model model) {
        model.addAttribute("mail", outbox.message(id));
        return "platform/outbox-mail";
    }
}
