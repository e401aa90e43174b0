package org.apertura.ledger.web;

import org.apertura.ledger.LedgerCheckpoints;
import org.apertura.ledger.LedgerPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed checkpoints for administrators: the key this node signs with (and whether it is a temporary one), the
 * newest checkpoints with the key each was signed by, how many this node cannot vouch for (another node's or an old
 * key), and "sign now". {@code /admin/**} is theirs, and {@link LedgerCheckpoints#signOnRequest} asks the policy again.
 */
@Controller
class LedgerAdminPages {

    static final int SHOWN = 20;

    private final LedgerCheckpoints checkpoints;
    private final LedgerPolicy policy;

    LedgerAdminPages(LedgerCheckpoints checkpoints, LedgerPolicy policy) {
        this.checkpoints = checkpoints;
        this.policy = policy;
    }

    @GetMapping("/admin/historial")
    String page(Model model) {
        model.addAttribute("allowed", policy.allowedNow());
        model.addAttribute("keyId", checkpoints.keyId());
        model.addAttribute("publicKey", checkpoints.publicKeyPem());
        model.addAttribute("temporaryKey", checkpoints.temporaryKey());
        model.addAttribute("checkpoints", checkpoints.newestFirst(SHOWN));
        model.addAttribute("check", checkpoints.check());
        return "ledger/admin";
    }

    @PostMapping("/admin/historial/firma")
    String sign(RedirectAttributes redirect) {
        checkpoints.signOnRequest();
        redirect.addFlashAttribute("notice", "ledger.admin.signed");
        return "redirect:/admin/historial";
    }
}
