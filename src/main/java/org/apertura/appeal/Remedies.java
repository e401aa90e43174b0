package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What {@link AppealService} and {@link InconformityService} do alike around an act on a remedy: who acts, saving
 * it once only, the words of the e-mail to the requester and the notice in the ledger payload; and what
 * {@link AppealPolicy} and {@link InconformityPolicy} decide alike: an act is allowed to whoever holds its party's
 * capacity, when the remedy's own guard lets it happen. The rules of each remedy stay in its entity and its policy.
 */
final class Remedies {

    private Remedies() {
    }

    /** The acts of a remedy that the capacities held entitle one to, whatever its stage: each act is one party's. */
    static <A extends Enum<A>> Allowed<A> entitled(Class<A> acts, Predicate<A> held) {
        return Allowed.of(acts, Arrays.stream(acts.getEnumConstants()).filter(held).toList());
    }

    /** Of the acts one is entitled to, those the remedy's own guard lets happen today ({@code free}). */
    static <A extends Enum<A>> Allowed<A> allowed(Class<A> acts, Allowed<A> entitled, Predicate<A> free) {
        return Allowed.of(acts, entitled.actions().stream().filter(free).toList());
    }

    /** Whether the appellant, once they show who they are, would have an act ({@code theirs}) the guard lets happen. */
    static <A extends Enum<A>> boolean awaitsTheAppellant(Class<A> acts, Predicate<A> theirs, Predicate<A> free) {
        return Arrays.stream(acts.getEnumConstants()).filter(theirs).anyMatch(free);
    }

    /** The public name of the staff member acting; an act of staff needs someone signed in. */
    static String actorName() {
        return PublicActor.current().map(PublicActor::displayName)
                .orElseThrow(() -> new AccessDeniedException("a signed-in person is required"));
    }

    /** An account given must be the one signed in (else the follow-up key alone speaks for the requester). */
    static void requireOwnAccount(Long accountId) {
        if (accountId != null && !accountId.equals(PublicActor.currentId())) {
            throw new AccessDeniedException("not the signed-in account");
        }
    }

    /** Saves a remedy; when someone acted on it at the same time, nothing of this act is kept. */
    static void saveOrRefuseStale(Runnable save) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException e) {
            throw new InvalidInputException("stage", "validation.stale");
        }
    }

    /** The e-mail telling the requester of a step: subject and body, from the remedy's bundle ({@code prefix}). */
    record StepMail(String subject, String body) {

        static StepMail of(MessageSource messages, String prefix, String folio, RemedyStep<?> step, Enum<?> stage,
                String url) {
            String key = step.getType().getKey();
            String what = messages.getMessage(prefix + ".step." + key, null, key, Today.LOCALE);
            String subject = messages.getMessage(prefix + ".mail.subject", new Object[] {folio, what}, Today.LOCALE);
            String body = messages.getMessage(prefix + ".mail.body", new Object[] {folio, what,
                    messages.getMessage(prefix + ".stage." + stage, null, Today.LOCALE),
                    step.getDueDate() == null ? "—" : Appeal.day(step.getDueDate()), url}, Today.LOCALE);
            return new StepMail(subject, body);
        }
    }

    /** The day an act was notified and how, in a step's ledger payload. */
    static void putNotice(Map<String, Object> payload, RemedyStep<?> step) {
        LocalDate on = step.getNotifiedOn();
        if (on != null) {
            payload.put("notifiedOn", on.toString());
            if (step.getNotifiedBy() != null) {
                payload.put("notifiedBy", step.getNotifiedBy().name());
            }
        }
    }
}
