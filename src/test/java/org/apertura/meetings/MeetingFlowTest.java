package org.apertura.meetings;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Meetings end to end (ADR 0066): a coordinator of the demo call's secretariat creates one, people register until the
 * seats run out and then wait, a cancelled registration promotes the first waiting (by e-mail), bad input changes
 * nothing, the meeting is cancelled with a public reason and stays visible, minutes are published; and two people
 * racing for the last seat: exactly one gets it.
 */
@IntegrationTest
class MeetingFlowTest {

    static final String CALL = "durango-2025-propuestas";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    MeetingService service;
    @Autowired
    ActingAs actingAs;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Today today;

    private RequestPostProcessor coordinator() {
        Account account = TestAccounts.person(accounts, "Coordinación de reuniones");
        return details.signedIn(account, List.of(new SimpleGrantedAuthority(
                Authority.of(Role.COORDINATOR, "stl-durango").value())));
    }

    private String start(int days, int hour) {
        return today.date().plusDays(days).atTime(hour, 0).toString();
    }

    private long ledger() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE module = 'meetings'", Long.class);
    }

    private long meetings() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Long.class);
    }

    @Test
    void aCoordinatorRunsAMeetingPeopleRegisterWaitAndArePromoted() throws Exception {
        RequestPostProcessor coordinator = coordinator();
        // only the space's coordinators see the form; others are refused
        mvc.perform(get("/reuniones/nueva").param("espacio", "call").param("id", CALL).with(coordinator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nueva reunión")));
        Account stranger = TestAccounts.person(accounts, "Sin coordinación");
        mvc.perform(get("/reuniones/nueva").param("espacio", "call").param("id", CALL)
                .with(details.signedIn(stranger))).andExpect(status().isForbidden());

        // bad input: the end before the start, negative seats, no address for an in-person meeting
        long before = meetings();
        long entries = ledger();
        mvc.perform(post("/reuniones").with(coordinator).with(csrf()).param("spaceKind", "call").param("spaceId", CALL)
                .param("title", "Reunión mala").param("description", "Texto").param("startsAt", start(10, 18) .substring(0, 16))
                .param("endsAt", start(10, 17).substring(0, 16)).param("channel", "IN_PERSON").param("capacity", "-2")
                .param("registrationOpen", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La reunión debe terminar después de empezar.")))
                .andExpect(content().string(containsString("El número de lugares no puede ser negativo.")))
                .andExpect(content().string(containsString("Indique la dirección")));
        mvc.perform(post("/reuniones").with(coordinator).with(csrf()).param("lang", "en").param("spaceKind", "call")
                .param("spaceId", CALL).param("title", "Bad").param("description", "Text")
                .param("startsAt", start(10, 18).substring(0, 16)).param("endsAt", start(10, 17).substring(0, 16))
                .param("channel", "ONLINE").param("onlineUrl", "https://example.org/x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The meeting must end after it starts.")));
        assertThat(meetings()).isEqualTo(before);
        assertThat(ledger()).isEqualTo(entries);

        // a meeting with two seats
        String location = mvc.perform(post("/reuniones").with(coordinator).with(csrf()).param("spaceKind", "call")
                .param("spaceId", CALL).param("title", "Mesa de trabajo de prueba").param("description", "De qué trata")
                .param("startsAt", start(10, 18).substring(0, 16)).param("endsAt", start(10, 20).substring(0, 16))
                .param("channel", "IN_PERSON").param("address", "Plaza de Armas, Durango").param("latitude", "24.0246")
                .param("longitude", "-104.6652").param("capacity", "2").param("registrationOpen", "true")
                .param("accessibility", "Rampa de acceso"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(ledger()).isEqualTo(entries + 1);
        // its space's page shows it in the meetings panel
        mvc.perform(get("/convocatorias/" + CALL)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mesa de trabajo de prueba")));

        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(TestAccounts.person(accounts, "Inscrita " + i));
        }
        for (Account person : people) {
            mvc.perform(post("/reuniones/" + id + "/inscripcion").with(details.signedIn(person)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "meetings.notice.registered"));
        }
        // registering twice: refused, nothing changed
        mvc.perform(post("/reuniones/" + id + "/inscripcion").with(details.signedIn(people.get(0))).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Ya está inscrito en esta reunión (o en su lista de espera).")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ?", Long.class, id))
                .isEqualTo(4);
        OutboxMail first = outbox.messagesTo(people.get(0).getEmail()).get(0);
        assertThat(first.getSubject()).contains("está inscrito");
        String code = jdbc.queryForObject("SELECT code FROM meeting_registration WHERE meeting_id = ? AND account_id = ?",
                String.class, id, people.get(0).getId());
        assertThat(first.getBody()).contains(code);
        assertThat(outbox.messagesTo(people.get(2).getEmail()).get(0).getSubject()).contains("lista de espera");

        // the public page: counts, never who
        mvc.perform(get("/reuniones/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 lugares ocupados de 2; no queda ninguno.")))
                .andExpect(content().string(containsString("2 en lista de espera")))
                .andExpect(content().string(not(containsString("Inscrita 0"))))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/reuniones/" + id).with(details.signedIn(people.get(3)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Está en la lista de espera, en el lugar 2.")));
        // the list's card: the seats in good Spanish and the waiting list beside them
        mvc.perform(get("/reuniones")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">2 lugares ocupados de 2</span>")))
                .andExpect(content().string(containsString(">· 2 en lista de espera</span>")));

        // a seat freed: the first waiting gets it, by e-mail
        mvc.perform(post("/reuniones/" + id + "/inscripcion/cancelar").with(details.signedIn(people.get(1))).with(csrf()))
                .andExpect(flash().attribute("notice", "meetings.notice.left"));
        assertThat(jdbc.queryForObject("SELECT status FROM meeting_registration WHERE meeting_id = ? AND account_id = ?",
                String.class, id, people.get(2).getId())).isEqualTo("REGISTERED");
        assertThat(outbox.messagesTo(people.get(2).getEmail())).hasSize(2)
                .last().satisfies(m -> assertThat(m.getSubject()).contains("ya tiene lugar"));
        mvc.perform(get("/api/v1/meetings/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.registered").value(2)).andExpect(jsonPath("$.waiting").value(1))
                .andExpect(jsonPath("$.seatsLeft").value(0));

        // fewer seats than taken: refused; moving the day e-mails everyone registered or waiting
        mvc.perform(post("/reuniones/" + id + "/editar").with(coordinator).with(csrf()).param("title", "Mesa de trabajo de prueba")
                .param("description", "De qué trata").param("startsAt", start(11, 18).substring(0, 16))
                .param("endsAt", start(11, 20).substring(0, 16)).param("channel", "IN_PERSON")
                .param("address", "Plaza de Armas, Durango").param("capacity", "1").param("registrationOpen", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Ya hay 2 personas con lugar")));
        mvc.perform(post("/reuniones/" + id + "/editar").with(coordinator).with(csrf()).param("title", "Mesa de trabajo de prueba")
                .param("description", "De qué trata").param("startsAt", start(11, 18).substring(0, 16))
                .param("endsAt", start(11, 20).substring(0, 16)).param("channel", "IN_PERSON")
                .param("address", "Plaza de Armas, Durango").param("capacity", "2").param("registrationOpen", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox.messagesTo(people.get(3).getEmail())).last()
                .satisfies(m -> assertThat(m.getSubject()).contains("cambió la fecha o el lugar"));

        // the .ics
        mvc.perform(get("/reuniones/" + id + ".ics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("SUMMARY:Mesa de trabajo de prueba")))
                .andExpect(content().string(containsString("STATUS:CONFIRMED")));

        // cancelled with a public reason: everyone told, still visible, nothing more accepted
        mvc.perform(post("/reuniones/" + id + "/cancelar").with(coordinator).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("problems", List.of("Este dato es obligatorio y puede tener hasta 2,000 caracteres.")));
        mvc.perform(post("/reuniones/" + id + "/cancelar").with(coordinator).with(csrf())
                .param("reason", "El lugar no estará disponible ese día."))
                .andExpect(flash().attribute("notice", "meetings.notice.cancelled"));
        assertThat(outbox.messagesTo(people.get(0).getEmail())).last()
                .satisfies(m -> assertThat(m.getBody()).contains("El lugar no estará disponible ese día."));
        mvc.perform(get("/reuniones/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reunión cancelada")))
                .andExpect(content().string(containsString("El lugar no estará disponible ese día.")));
        mvc.perform(get("/reuniones/" + id + ".ics")).andExpect(content().string(containsString("STATUS:CANCELLED")));
        long afterCancel = ledger();
        mvc.perform(post("/reuniones/" + id + "/editar").with(coordinator).with(csrf()).param("lang", "en")
                .param("title", "Otra").param("description", "X").param("startsAt", start(12, 18).substring(0, 16))
                .param("endsAt", start(12, 20).substring(0, 16)).param("channel", "ONLINE")
                .param("onlineUrl", "https://example.org/r"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The meeting was cancelled")));
        Account late = TestAccounts.person(accounts, "Tarde");
        mvc.perform(post("/reuniones/" + id + "/inscripcion").with(details.signedIn(late)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("La reunión fue cancelada: ya no se puede cambiar ni inscribirse.")));
        assertThat(ledger()).isEqualTo(afterCancel);
        assertThat(service.meeting(id).getTitle()).isEqualTo("Mesa de trabajo de prueba");
    }

    @Test
    void registrationClosedPastMeetingsAndMinutes() throws Exception {
        long[] ids = new long[2];
        SystemActor.run(() -> {
            ids[0] = service.create("call", CALL, details("Cerrada", 5, 2, false)).getId();
            ids[1] = today.on(today.date().minusDays(30), () -> service.create("call", CALL,
                    details("Ya pasó", 3, null, true)).getId());
        });
        Account person = TestAccounts.person(accounts, "Persona que llega");
        assertThatThrownBy(() -> actingAs.run(person.getId(), () -> service.register(ids[0])))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e)
                        .problems().get(0).messageKey()).isEqualTo("meetings.error.registrationClosed"));
        assertThatThrownBy(() -> actingAs.run(person.getId(), () -> service.register(ids[1])))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e)
                        .problems().get(0).messageKey()).isEqualTo("meetings.error.past"));
        // minutes, once it has begun, with a file kept in the platform's storage
        RequestPostProcessor coordinator = coordinator();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reuniones/" + ids[1] + "/minuta")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "minuta.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes()))
                .param("text", "Se acordó abrir una mesa los sábados.").param("attendees", "17").with(coordinator).with(csrf()))
                .andExpect(flash().attribute("notice", "meetings.notice.minutes"));
        mvc.perform(get("/reuniones/" + ids[1])).andExpect(status().isOk())
                .andExpect(content().string(containsString("Asistieron 17 personas.")))
                .andExpect(content().string(containsString("Se acordó abrir una mesa los sábados.")));
        mvc.perform(get("/reuniones/" + ids[1] + "/minuta/archivo")).andExpect(status().isOk())
                .andExpect(content().string(containsString("%PDF-1.4")));
        // minutes before the meeting: refused
        mvc.perform(post("/reuniones/" + ids[0] + "/minuta").with(coordinator).with(csrf()).param("text", "Nada")
                .param("attendees", "3"))
                .andExpect(flash().attribute("problems", List.of("La minuta se publica cuando la reunión ya empezó.")));
        // the lists: the page, the CSV and the JSON
        mvc.perform(get("/reuniones")).andExpect(status().isOk()).andExpect(content().string(containsString("Ya pasó")))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/reuniones.csv")).andExpect(status().isOk()).andExpect(content().string(containsString("Cerrada")));
        mvc.perform(get("/api/v1/meetings")).andExpect(status().isOk()).andExpect(jsonPath("$[0].title").exists());
        mvc.perform(get("/datos/diccionario")).andExpect(content().string(containsString("/reuniones.csv")));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/reuniones/" + ids[1])));
    }

    @Test
    void theApiRegistersWithAToken() throws Exception {
        long[] id = new long[1];
        SystemActor.run(() -> id[0] = service.create("call", CALL, details("Por la API", 8, 1, true)).getId());
        Account person = TestAccounts.person(accounts, "Persona de la API");
        mvc.perform(post("/api/v1/meetings/" + id[0] + "/registration")).andExpect(status().isUnauthorized());
        String token = accounts.createToken(person.getId(), "reuniones").secret();
        mvc.perform(post("/api/v1/meetings/" + id[0] + "/registration").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.code").isString());
        mvc.perform(post("/api/v1/meetings/" + id[0] + "/registration").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You are already registered")));
        mvc.perform(post("/api/v1/meetings/" + id[0] + "/registration/cancel").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.registered").value(0));
    }

    @Test
    void twoPeopleRacingForTheLastSeatExactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            long[] id = new long[1];
            SystemActor.run(() -> id[0] = service.create("call", CALL, details("Último lugar", 9, 1, true)).getId());
            List<Account> racers = List.of(TestAccounts.person(accounts, "Corredora A"),
                    TestAccounts.person(accounts, "Corredor B"), TestAccounts.person(accounts, "Corredora C"));
            ExecutorService pool = Executors.newFixedThreadPool(racers.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MeetingService.MyRegistration>> results = new ArrayList<>();
            for (Account racer : racers) {
                Callable<MeetingService.MyRegistration> task = () -> {
                    go.await();
                    MeetingService.MyRegistration[] r = new MeetingService.MyRegistration[1];
                    actingAs.run(racer.getId(), () -> r[0] = service.register(id[0]));
                    return r[0];
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            List<RegistrationStatus> statuses = new ArrayList<>();
            for (Future<MeetingService.MyRegistration> f : results) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
            }
            pool.shutdown();
            assertThat(statuses).containsOnlyOnce(RegistrationStatus.REGISTERED);
            assertThat(statuses.stream().filter(s -> s == RegistrationStatus.WAITING)).hasSize(2);
            assertThat(jdbc.queryForObject("SELECT registered FROM meeting WHERE id = ?", Integer.class, id[0])).isEqualTo(1);
        }
    }

    private Meeting.Details details(String title, int inDays, Integer capacity, boolean open) {
        LocalDateTime start = today.date().plusDays(inDays).atTime(18, 0);
        return new Meeting.Details(title, "Descripción de " + title, start, start.plusHours(2), MeetingChannel.ONLINE,
                null, null, null, "https://reuniones.example.org/" + inDays, capacity, open, null);
    }
}
