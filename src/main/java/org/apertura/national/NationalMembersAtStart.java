package org.apertura.national;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Members named in the configuration ({@code APERTURA_NATIONAL_MEMBERS}: "address|state|name[|municipality]",
 * comma-separated) are added at start-up if not there yet, through the same service an administrator uses, so a local
 * federation (README, "National node") starts with one command per instance. Nothing when the setting is empty.
 */
@Component
@Order(200)
class NationalMembersAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalMembersAtStart.class);

    private final NationalService service;
    private final String configured;

    NationalMembersAtStart(NationalService service, NationalProperties settings) {
        this.service = service;
        this.configured = settings.national().members();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (NationalService.MemberDraft draft : parse(configured)) {
            String url = NationalService.baseUrl(draft.baseUrl());
            if (url != null && service.members().stream().anyMatch(m -> m.getBaseUrl().equals(url))) {
                continue;
            }
            try {
                SystemActor.run(() -> service.add(draft));
            } catch (InvalidInputException e) {
                log.warn("APERTURA_NATIONAL_MEMBERS: {} refused: {}", draft.baseUrl(), e.problems());
            }
        }
    }

    static List<NationalService.MemberDraft> parse(String text) {
        List<NationalService.MemberDraft> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.split(",")) {
            String[] parts = item.strip().split("\\|");
            if (parts.length >= 3) {
                out.add(new NationalService.MemberDraft(parts[2].strip(), parts[0].strip(), parts[1].strip(),
                        parts.length > 3 ? parts[3].strip() : null));
            }
        }
        return out;
    }
}
