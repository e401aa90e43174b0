package org.apertura.actionplan;

import java.time.LocalDate;
import java.util.Optional;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;

/**
 * The demo's comments on a commitment (issue 21, ADR 0067), through the comment engine as the people concerned: on
 * DGO-05, the municipality's open data, a neighbour asks for public transport data and another backs her with a reply,
 * the municipality's liaison answers officially, a collective points out what the catalogue lacks, and a few votes. A
 * restart finds the comments and adds nothing. Loaded last, so that no other seed's history shifts.
 */
@DemoSeed.Seed(name = "commitment-comments", needs = {"actionplan", "feedback"}, after = "meetings")
class CommitmentCommentsDemo implements DemoSeed {

    static final String CODE = "DGO-05";
    private static final String EXERCISE = "durango-2025-2026";

    private final ActionPlanService plans;
    private final DiscussionService discussions;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final Today today;

    CommitmentCommentsDemo(ActionPlanService plans, DiscussionService discussions, AccountService accounts,
            ActingAs actingAs, Today today) {
        this.plans = plans;
        this.discussions = discussions;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.today = today;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> commitment().ifPresent(id -> {
            if (discussions.find(ActionPlanItems.COMMITMENT, id).map(s -> discussions.threads(s).isEmpty())
                    .orElse(false)) {
                load(id);
            }
        }));
    }

    private Optional<String> commitment() {
        try {
            return plans.plans(plans.exercise(EXERCISE)).stream().findFirst().flatMap(plan -> plans.commitments(plan)
                    .stream().filter(c -> CODE.equals(c.getCode())).findFirst()).map(c -> c.getId().toString());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private void load(String id) {
        LocalDate day = today.date();
        Long ana = account("ana.citlali");
        Long vecino = account("vecino.lagunero");
        Long colectivo = account("datos.abiertos.dgo");
        Long liaison = account("enlace.municipio");
        DiscussionComment question = post(ana, id, null, day.minusDays(9), "¿El catálogo incluirá las rutas y los "
                + "horarios del transporte público? Es lo que más consultamos quienes vamos al trabajo en camión.");
        DiscussionComment backing = post(vecino, id, question.getId(), day.minusDays(8), "Me sumo: también "
                + "serviría saber dónde están las paradas y cuáles tienen rampa.");
        post(liaison, id, backing.getId(), day.minusDays(6), "Gracias por la propuesta. Las rutas dependen de la "
                + "Dirección de Movilidad: ya le pedimos sus datos y, si los entrega este trimestre, se sumarán al "
                + "catálogo con su diccionario de datos y su fecha de actualización.");
        DiscussionComment dates = post(colectivo, id, null, day.minusDays(4), "Cada conjunto ya trae licencia "
                + "abierta y diccionario de datos. Falta que la lista del catálogo diga cuándo se actualizó cada uno.");
        actingAs.run(vecino, () -> discussions.vote(question.getId(), 1));
        actingAs.run(colectivo, () -> discussions.vote(question.getId(), 1));
        actingAs.run(ana, () -> discussions.vote(dates.getId(), 1));
    }

    private DiscussionComment post(Long author, String id, Long replyTo, LocalDate on, String body) {
        DiscussionComment[] posted = new DiscussionComment[1];
        actingAs.run(author, () -> today.on(on, () -> posted[0] = discussions.post(ActionPlanItems.COMMITMENT, id,
                replyTo, body)));
        return posted[0];
    }

    private Long account(String user) {
        return accounts.byEmail(user + "@demo.apertura.local").orElseThrow().getId();
    }
}
