package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders through the outbox, on the days the clock says: the archivists of an institution are e-mailed once, thirty
 * days before a file's primary transfer is due (not the day before that), and thirty days before a litigation hold
 * comes up for its yearly review; the next mornings say nothing more of them. The coordinating area is told of the
 * programme's dates: the PADA to publish by the 30th of January and last year's report by the 31st.
 */
@IntegrationTest
class ArchiveRemindersTest {

    @Autowired
    ArchiveReminders reminders;
    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    CaseFiles files;
    @Autowired
    Holds holds;
    @Autowired
    JurisdictionService directory;
    @Autowired
    AccountService accounts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Today today;
    @Autowired
    ArchivalDevelopment development;

    @Test
    void archivistsAreRemindedOnceBeforeATransferIsDueAndBeforeAHoldReview() {
        String slug = "archivo-recordatorios-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto de prueba " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Account archivist = TestAccounts.person(accounts, "Archivo de trámite");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, slug, null));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-1", today.date(),
                "Coordinación de archivos\nÓrgano Interno de Control"));
        // correspondence: one year in trámite; closed so that its primary transfer is due in 40 days
        LocalDate closed = today.date().minusYears(1).plusDays(40);
        CaseFile file = as(Role.ARCHIVIST, slug, () -> {
            CaseFile f = files.open(slug, new CaseFiles.Opening("CDG.1C.2", "Oficios de la delegación", null, null,
                    closed.minusMonths(3)));
            files.addLink(slug, f.getId(), "Oficio 1", closed.minusMonths(2), "/archivos/" + slug);
            return files.close(slug, f.getId(), closed);
        });
        LocalDate due = file.getTransferDueOn();

        today.on(due.minusDays(ArchiveReminders.AHEAD_DAYS + 1), reminders::remind);
        assertThat(mails(archivist)).as("not yet").isEmpty();

        today.on(due.minusDays(ArchiveReminders.AHEAD_DAYS), reminders::remind);
        assertThat(mails(archivist)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Archivo: 1 vencimientos en los próximos días");
            assertThat(m.getBody()).contains(file.getReference(), "toca su transferencia primaria",
                    today.date(due), "/archivos/" + slug + "/gestion");
        });
        today.on(due.minusDays(ArchiveReminders.AHEAD_DAYS), reminders::remind);
        today.on(due.minusDays(2), reminders::remind);
        assertThat(mails(archivist)).as("once").hasSize(1);

        Hold hold = as(Role.ARCHIVIST, slug, () -> holds.place(slug, file.getId(), HoldKind.LITIGATION,
                "Juicio laboral 45/2026"));
        assertThat(hold.getReviewOn()).isEqualTo(today.date().plusYears(1));
        today.on(hold.getReviewOn().minusDays(ArchiveReminders.AHEAD_DAYS), reminders::remind);
        assertThat(mails(archivist)).hasSize(2).last().satisfies(m -> assertThat(m.getBody())
                .contains(file.getReference(), "retención por litigio o auditoría debe revisarse",
                        today.date(hold.getReviewOn()))
                .doesNotContain("transferencia primaria"));
    }

    @Test
    void theCoordinatingAreaIsRemindedOnceOfThePadaAndOfItsReport() {
        String slug = "archivo-pada-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto de prueba " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Account coordinator = TestAccounts.person(accounts, "Coordinación de archivos");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATING_ARCHIVIST, slug, null));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-1", today.date(),
                "Coordinación de archivos\nÓrgano Interno de Control"));
        int year = today.date().getYear() + 1;
        LocalDate publishBy = LocalDate.of(year, 1, 30);

        today.on(publishBy.minusDays(ArchiveReminders.AHEAD_DAYS + 1), reminders::remind);
        assertThat(mails(coordinator)).as("not yet").isEmpty();
        today.on(publishBy.minusDays(ArchiveReminders.AHEAD_DAYS), reminders::remind);
        today.on(publishBy.minusDays(3), reminders::remind);
        assertThat(mails(coordinator)).as("once").singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo(
                    "Archivo: 1 fechas próximas del programa anual de desarrollo archivístico");
            assertThat(m.getBody()).contains("El programa anual de desarrollo archivístico (PADA) " + year
                    + " debe publicarse a más tardar el " + today.date(publishBy), "/archivos/" + slug + "/gestion");
        });

        today.on(LocalDate.of(year, 1, 20), () -> as(Role.COORDINATING_ARCHIVIST, slug, () -> {
            development.draft(slug, year, "Ordenar el archivo de concentración");
            development.addActivity(slug, year, "Inventario general", LocalDate.of(year, 6, 30));
            return development.publish(slug, year);
        }));
        LocalDate reportBy = LocalDate.of(year + 1, 1, 31);
        today.on(reportBy.minusDays(ArchiveReminders.AHEAD_DAYS), reminders::remind);
        assertThat(mails(coordinator)).hasSize(2).last().satisfies(m -> assertThat(m.getBody())
                .contains("El informe anual del PADA " + year + " debe publicarse a más tardar el "
                        + today.date(reportBy))
                .contains("(PADA) " + (year + 1) + " debe publicarse"));
        today.on(reportBy.minusDays(1), reminders::remind);
        assertThat(mails(coordinator)).hasSize(2);
    }

    private List<OutboxMail> mails(Account account) {
        return outbox.messagesTo(account.getEmail()).stream()
                .sorted(java.util.Comparator.comparing(OutboxMail::getId)).toList();
    }
}
