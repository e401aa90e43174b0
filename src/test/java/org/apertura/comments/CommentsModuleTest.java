package org.apertura.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apertura.OwnDatabase;
import org.apertura.Refusals;
import org.apertura.StillClock;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.security.AuditTrail;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The comment engine with only the ledger (a Spring Modulith module test, docs/adr/0083), on a database of its own
 * that starts empty (H2, or PostgreSQL under -Ppostgres), with no demo and a clock that stands still. No module that
 * owns commentable things is started: the subjects are a kind made for this test ({@code nota}), described through
 * the same port the modules implement ({@link CommentSubjects}, ADR 0067), so the engine's rules are shown apart from
 * any owner's. Three people, whose accounts are rows written here (identity is not started).
 *
 * <p>What the shared context cannot show: the whole public trail of a conversation, from the ledger's first entry —
 * each comment's number, the one it answers, a moderation and its reason, and never a text, an author, a vote or a
 * flag.
 */
@Import(StillClock.class)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform",
        verifyAutomatically = false,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
class CommentsModuleTest {

    static final long ANA = 1;
    static final long BETO = 2;
    static final long MODERATOR = 3;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "comments");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {

        /** Notes made for the test: «1» open, moderated by the moderator; «2» closed. */
        @Bean
        CommentSubjects notes() {
            return new CommentSubjects() {
                @Override
                public Set<String> kinds() {
                    return Set.of("nota");
                }

                @Override
                public Optional<CommentSubject> find(String kind, String id) {
                    boolean moderates = PublicActor.current().map(a -> a.accountId() == MODERATOR).orElse(false);
                    return switch (id) {
                        case "1" -> Optional.of(new CommentSubject(kind, id, "Nota abierta", "/notas/1", null, false,
                                moderates));
                        case "2" -> Optional.of(new CommentSubject(kind, id, "Nota cerrada", "/notas/2",
                                "discussion.error.closed", false, moderates));
                        default -> Optional.empty();
                    };
                }
            };
        }

        /** The staff audit log is identity's, not started here: nothing is kept. */
        @Bean
        AuditTrail audit() {
            return (action, subject, detail) -> { };
        }
    }

    @Autowired
    DiscussionService discussion;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConversationLeavesInTheLedgerItsNumbersAndModerationsAndNeverWhatOrWho() {
        for (long id : new long[] {ANA, BETO, MODERATOR}) {
            jdbc.update("INSERT INTO account (id, email, password_hash, display_name, created_at) VALUES (?, ?, ?, ?, ?)",
                    id, "persona" + id + "@apertura.example", "-", "Persona " + id, Timestamp.from(StillClock.NOW));
        }
        DiscussionComment opening = as(ANA, () -> discussion.post("nota", "1", null,
                "El horario de atención debería incluir los sábados por la mañana."));
        DiscussionComment reply = as(BETO, () -> discussion.post("nota", "1", opening.getId(),
                "Estoy de acuerdo: entre semana trabajo en el mismo horario."));
        as(BETO, () -> {
            discussion.vote(opening.getId(), 1);
            discussion.flag(opening.getId(), "Creo que repite otra nota");
            return null;
        });
        assertThat(Refusals.keys(() -> as(ANA, () -> {
            discussion.vote(opening.getId(), 1);
            return null;
        }))).containsExactly("discussion.error.voteOwn");
        assertThat(Refusals.keys(() -> as(ANA, () -> discussion.post("nota", "2", null, "Un comentario tardío."))))
                .containsExactly("discussion.error.closed");
        as(MODERATOR, () -> discussion.hide(opening.getId(), "Contiene datos personales de un tercero"));

        CommentSubject note = discussion.find("nota", "1").orElseThrow();
        assertThat(discussion.threads(note)).singleElement().satisfies(thread -> {
            assertThat(thread.comment().isHidden()).isTrue();
            assertThat(thread.comment().publicBody()).isEmpty();
            assertThat(thread.replies()).extracting(r -> r.comment().getId()).as("a hidden comment keeps its replies")
                    .containsExactly(reply.getId());
        });
        assertThat(discussion.scores(note).get(opening.getId()).up()).isEqualTo(1);
        assertThat(discussion.flagCounts(note)).containsEntry(opening.getId(), 1L);
        assertThat(discussion.names(discussion.posted(note))).as("no profiles module: nobody chose a nickname")
                .containsValues(DiscussionService.NO_NICKNAME);

        List<LedgerEntry> trail = ledger.subjectAfter("nota", "1", 0, 10);
        assertThat(trail).extracting(LedgerEntry::getSeq).as("the whole ledger, from its first entry")
                .containsExactly(1L, 2L, 3L);
        assertThat(trail).extracting(LedgerEntry::getType)
                .containsExactly("discussion.posted", "discussion.posted", "discussion.hidden");
        assertThat(trail.get(1).getPayload()).contains("\"replyTo\"", String.valueOf(opening.getId()));
        assertThat(trail.get(2).getPayload()).contains("Contiene datos personales de un tercero");
        List<String> secrets = new ArrayList<>(List.of("sábados", "mismo horario", "repite otra nota", "Persona ",
                "persona1@", "\"vote\"", "\"flag\""));
        assertThat(trail).allSatisfy(e -> assertThat(e.getPayload()).doesNotContain(secrets));
        assertThat(ledger.verify().entries()).as("votes and flags are not public").isEqualTo(3);
    }

    private record Person(Long accountId, String displayName) implements PublicActor {
    }

    private static <T> T as(long account, Supplier<T> work) {
        return SystemActor.callAs(new Person(account, "Persona " + account), List.of(), work);
    }
}
