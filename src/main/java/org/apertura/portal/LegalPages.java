package org.apertura.portal;

import java.util.List;
import org.apertura.platform.web.SitemapSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pages people expect of a public site, linked from every page's footer: the privacy notices
 * (simplified and integral, as the Ley General de Protección de Datos Personales en Posesión de Sujetos
 * Obligados asks), the terms of use, the accessibility statement and the help page. Plain text from the
 * message bundles; the operator's name and contacts from {@link Operator}.
 */
@Controller
@Order(0)
class LegalPages implements SitemapSource {

    static final String PRIVACY = "/privacidad";
    static final String PRIVACY_FULL = "/privacidad/integral";
    static final String TERMS = "/terminos";
    static final String ACCESSIBILITY = "/accesibilidad";
    static final String HELP = "/ayuda";

    private final Operator operator;

    LegalPages(Operator operator) {
        this.operator = operator;
    }

    @ModelAttribute("operator")
    Operator operator() {
        return operator;
    }

    @GetMapping(PRIVACY)
    String privacy() {
        return "portal/privacy";
    }

    @GetMapping(PRIVACY_FULL)
    String privacyFull() {
        return "portal/privacy-full";
    }

    @GetMapping(TERMS)
    String terms() {
        return "portal/terms";
    }

    @GetMapping(ACCESSIBILITY)
    String accessibility() {
        return "portal/accessibility";
    }

    @GetMapping(HELP)
    String help() {
        return "portal/help";
    }

    /** The home page, the data dictionary and these pages. */
    @Override
    public List<String> sitemapPaths(int limit) {
        return List.of("/", HELP, PRIVACY, PRIVACY_FULL, TERMS, ACCESSIBILITY, "/desarrolladores").stream()
                .limit(limit).toList();
    }
}
