package org.apertura.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.OwnDatabase;
import org.apertura.Refusals;
import org.apertura.StillClock;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.RoleScopes;
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
 * Meetings with the modules it needs (identity for the people, the ledger: a Spring Modulith module test,
 * docs/adr/0083) on a database of its own that starts empty (H2, or PostgreSQL under -Ppostgres), with no demo and a
 * clock that stands still. No module that owns participation spaces is started: the space is a kind made for this
 * test ({@code mesa}), described through the port the modules implement ({@link PublicItemSource}), and coordinated by
 * a secretariat scope made for it ({@link RoleScopes}). The people are real accounts (identity is started; a mock web
 * environment, for its security configuration).
 *
 * <p>What the shared context, whose demo fills the meetings, cannot show: a meeting's whole public history from the
 * ledger's first entry — the meeting, each change in its seats and waiting list as counts, its minutes — and never
 * who registered; the last seat going to one person and the next to the waiting list, and a seat given up going to
 * the first who waits, who is told by e-mail.
 */
@Import({StillClock.class, MeetingsModuleTest.Fixtures.class})
// a mock web environment (no server): identity's security configuration builds its filter chains
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform",
        verifyAutomatically = false)
class MeetingsModuleTest {

    static final String SECRETARIAT = "mesa-de-prueba";
    static final LocalDate TODAY = StillClock.TODAY;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "meetings");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {

        /** The one space of the test, «mesa 1», run by the test's secretariat. */
        @Bean
        PublicItemSource tables() {
            return new PublicItemSource() {
                @Override
                public Set<String> kinds() {
                    return Set.of("mesa");
                }

                @Override
                public Optional<PublicItem> find(String kind, String id) {
                    return "1".equals(id) ? Optional.of(new PublicItem(kind, id, "Mesa de vecinos", "/mesas/1", null))
                            : Optional.empty();
                }

                @Override
                public boolean mayRespond(PublicItem item) {
                    return false;
                }

                @Override
                public Optional<String> secretariatOf(PublicItem item) {
                    return Optional.of(SECRETARIAT);
                }
            };
        }

        /** The secretariat scope a coordinator's role is held in (the secretariat module is not started). */
        @Bean
        RoleScopes secretariatScope() {
            return () -> List.of(new RoleScopes.Scope("SECRETARIAT", SECRETARIAT, "Mesa de prueba"));
        }
    }

    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeetingsSeatsGoInOrderAndItsPublicHistoryCountsThemWithoutSayingWho() {
        assertThat(ledger.verify().entries()).as("a ledger of its own starts empty").isZero();
        Account coordinator = TestAccounts.person(accounts, "Coordinadora Saucedo");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, SECRETARIAT, null));
        Account ana = TestAccounts.person(accounts, "Ana Reyes Galindo");
        Account beto = TestAccounts.person(accounts, "Beto Salas Núñez");
        Account carla = TestAccounts.person(accounts, "Carla Ibarra Luna");

        assertThatThrownBy(() -> actingAs.run(ana.getId(), () -> meetings.create("mesa", "1",
                details("Reunión que nadie convocó", TODAY.plusDays(1), 1))))
                .as("only those who coordinate the space").isInstanceOf(
                        org.springframework.security.access.AccessDeniedException.class);
        Meeting[] meeting = new Meeting[1];
        actingAs.run(coordinator.getId(), () -> meeting[0] = meetings.create("mesa", "1",
                details("Reunión sobre el alumbrado", TODAY.plusDays(1), 1)));
        long id = meeting[0].getId();

        List<MeetingService.MyRegistration> seen = new ArrayList<>();
        actingAs.run(ana.getId(), () -> seen.add(meetings.register(id)));
        actingAs.run(beto.getId(), () -> seen.add(meetings.register(id)));
        assertThat(seen).extracting(MeetingService.MyRegistration::status).as("the one seat, then the waiting list")
                .containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING);
        assertThat(Refusals.keys(() -> actingAs.run(ana.getId(), () -> meetings.register(id))))
                .containsExactly("meetings.error.twice");
        assertThat(meetings.waiting(meetings.meeting(id))).isEqualTo(1);

        actingAs.run(ana.getId(), () -> meetings.leave(id));
        assertThat(meetings.meeting(id).getRegistered()).isEqualTo(1);
        assertThat(meetings.waiting(meetings.meeting(id))).as("the first who waited has the seat").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Long.class,
                beto.getEmail())).as("told on waiting, and on being given the seat").isEqualTo(2);

        // a meeting held last week: its minutes are published; a meeting already begun takes no registration
        Meeting[] held = new Meeting[1];
        actingAs.run(coordinator.getId(), () -> {
            held[0] = meetings.create("mesa", "1", details("Reunión de la semana pasada", TODAY.minusDays(7), null));
            meetings.publishMinutes(held[0].getId(), "Se acordó pedir dos luminarias más.", 12, null);
        });
        assertThat(Refusals.keys(() -> actingAs.run(carla.getId(), () -> meetings.register(held[0].getId()))))
                .containsExactly("meetings.error.past");
        assertThat(meetings.meeting(held[0].getId()).getAttendees()).isEqualTo(12);

        List<LedgerEntry> trail = new ArrayList<>(ledger.subjectAfter("meeting", String.valueOf(id), 0, 10));
        trail.addAll(ledger.subjectAfter("meeting", String.valueOf(held[0].getId()), 0, 10));
        assertThat(trail).extracting(LedgerEntry::getSeq).as("the whole ledger, from its first entry")
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(trail).extracting(LedgerEntry::getType).containsExactly("meeting.created", "meeting.registration",
                "meeting.registration", "meeting.registration-cancelled", "meeting.created", "meeting.minutes");
        assertThat(trail.subList(1, 4)).extracting(LedgerEntry::getPayload).as("seats and waiting list, as counts")
                .allSatisfy(p -> assertThat(p).contains("\"registered\":1"))
                .satisfies(p -> assertThat(p.get(1)).contains("\"waiting\":1"))
                .satisfies(p -> assertThat(p.get(2)).contains("\"waiting\":0"));
        assertThat(trail.get(5).getPayload()).contains("Se acordó pedir dos luminarias más.", "\"attendees\":12");
        List<String> who = new ArrayList<>();
        for (Account person : List.of(ana, beto, carla)) {
            who.addAll(List.of(person.getDisplayName(), person.getEmail(), "\"account\":" + person.getId()));
        }
        assertThat(trail).allSatisfy(e -> assertThat(e.getPayload()).doesNotContain(who));
        assertThat(ledger.verify().entries()).isEqualTo(6);
    }

    /** A meeting at the neighbourhood centre from five to seven in the afternoon that day, with this many seats. */
    private static Meeting.Details details(String title, LocalDate day, Integer seats) {
        return new Meeting.Details(title, "Orden del día: el alumbrado de la colonia.", LocalDateTime.of(day,
                LocalTime.of(17, 0)), LocalDateTime.of(day, LocalTime.of(19, 0)), MeetingChannel.IN_PERSON,
                "Centro comunitario, calle Juárez 12", null, null, null, seats, true, null);
    }

}
