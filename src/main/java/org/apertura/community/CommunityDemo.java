package org.apertura.community;

import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.demo.DemoSeed;

/**
 * The demo's community: the call's first two online proposers chose a public nickname (one shows her supports, one
 * does not), one follows the other, three people take the newsletter, and the coordinator has a newsletter draft.
 * Skipped when the first nickname is already there.
 */
@DemoSeed.Seed(name = "community", needs = "cocreation", after = "participation-problems")
class CommunityDemo implements DemoSeed {

    static final String NICKNAME = "vecina-centro";

    private final CommunityService community;
    private final AccountService accounts;
    private final ActingAs actingAs;

    CommunityDemo(CommunityService community, AccountService accounts, ActingAs actingAs) {
        this.community = community;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    private Account citizen(int n) {
        return accounts.byEmail("ciudadania." + n + "@demo.apertura.local").orElseThrow();
    }

    @Override
    public void seed() {
        Account vecina = citizen(0);
        if (community.choices(vecina.getId()).nickname() != null) {
            return;
        }
        actingAs.run(vecina.getId(), () -> community.choose(NICKNAME, true, true));
        Account lupita = citizen(1);
        actingAs.run(lupita.getId(), () -> {
            community.choose("lupita-r", false, true);
            community.followPerson(NICKNAME, true);
        });
        actingAs.run(citizen(4).getId(), () -> community.choose(null, false, true));
        Account coordinator = accounts.byEmail("coordinacion.stl@demo.apertura.local").orElseThrow();
        actingAs.run(coordinator.getId(), () -> community.write("Qué pasó con sus propuestas",
                "Cada una de las treinta propuestas de la convocatoria tiene ya una respuesta pública con sus razones. "
                        + "Búsquelas en la página de la convocatoria.",
                "What happened to your proposals",
                "Each of the thirty proposals of the call now has a public, reasoned response. Find them on the "
                        + "call's page."));
    }
}
