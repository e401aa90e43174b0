package org.apertura.cocreation;

import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.springframework.stereotype.Component;

/**
 * Test helper: a call of a fresh secretariat open today ({@link CocreationFixtures#openCall}), new people, and
 * proposals to it made by their authors through the service — the setup the tests of calls and proposals share, in
 * one place instead of each test wiring the secretariat, plans, accounts and acting-as itself.
 */
@Component
public class CallFixtures {

    private final SecretariatService secretariat;
    private final ActionPlanService plans;
    private final CocreationService service;
    private final AccountService accounts;
    private final ActingAs actingAs;

    CallFixtures(SecretariatService secretariat, ActionPlanService plans, CocreationService service,
            AccountService accounts, ActingAs actingAs) {
        this.secretariat = secretariat;
        this.plans = plans;
        this.service = service;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    /** A call with one proposal: the call, its author, and the proposal. */
    public record WithProposal(CocreationFixtures.Open open, Account author, Proposal proposal) {

        public Call call() {
            return open.call();
        }
    }

    /** A call open today whose participants may each support this many proposals. */
    public CocreationFixtures.Open open(int supportsPerPerson) {
        return CocreationFixtures.openCall(secretariat, plans, service, supportsPerPerson);
    }

    /** A new person, by their public name. */
    public Account person(String name) {
        return TestAccounts.person(accounts, name);
    }

    /** A proposal to the call, made by its author. */
    public Proposal propose(CocreationFixtures.Open open, Account author, Proposal.Text text) {
        Proposal[] proposal = new Proposal[1];
        actingAs.run(author.getId(), () -> proposal[0] = service.propose(open.call().getSlug(), text));
        return proposal[0];
    }

    /** A proposal under this title ({@link CocreationFixtures#text}), made by its author. */
    public Proposal propose(CocreationFixtures.Open open, Account author, String title) {
        return propose(open, author, CocreationFixtures.text(title));
    }

    /** A call open today (ten supports a person) with one proposal by a new person of this name. */
    public WithProposal withProposal(String authorName, Proposal.Text text) {
        CocreationFixtures.Open open = open(10);
        Account author = person(authorName);
        return new WithProposal(open, author, propose(open, author, text));
    }

    /** The same, the proposal under this title. */
    public WithProposal withProposal(String authorName, String title) {
        return withProposal(authorName, CocreationFixtures.text(title));
    }
}
