package org.apertura.feedback;

import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A commitment of its own for each test (so its figures are exact), and people with roles. */
final class FeedbackFixtures {

    /** The institution that leads the fixture's commitment. */
    static final String LEAD = "ayuntamiento-tepehuanes";

    private FeedbackFixtures() {
    }

    /** A fresh commitment, led by Tepehuanes' municipal government, of a fresh secretariat's draft plan. */
    record Fixture(String body, Commitment commitment) {

        String id() {
            return commitment.getId().toString();
        }

        String page() {
            return "/compromisos/" + commitment.getId();
        }

        String action() {
            return "/opiniones/commitment/" + commitment.getId();
        }
    }

    static Fixture commitment(SecretariatService secretariat, ActionPlanService plans) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        return new Fixture(body, plans.commitments(plan).get(0));
    }

    /** A new person, with a role when given. */
    static Account person(AccountService accounts, String name, Role role, String scope) {
        Account account = TestAccounts.person(accounts, name);
        if (role != null) {
            SystemActor.run(() -> accounts.grant(account.getId(), role, scope,
                    role == Role.STL_MEMBER ? Sector.CIVIL_SOCIETY : null));
        }
        return account;
    }

    /** A request from one address (anonymous posts are limited per address). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
