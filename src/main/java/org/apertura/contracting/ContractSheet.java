package org.apertura.contracting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.storage.Storage;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spreadsheet of contracts for small municipalities: one row per contract (CSV or XLSX, a template to
 * download), each row one OCDS release tagged tender, award and contract. A sheet is first previewed — every
 * release it would make and every problem by row and column, checked by {@link OcdsPublication} itself in a
 * transaction that is rolled back — and kept server-side under a token (its releases in {@link Storage}, the token
 * in {@code ocds_pending_upload}, usable only by who uploaded it for a day); confirming publishes exactly those
 * releases through the same publication.
 *
 * <p>Each row's process is {@code {prefix}hoja-{institution}-{expediente}} and its release is dated at the
 * signature, so uploading the same sheet again publishes nothing twice.
 */
@Service
public class ContractSheet {

    static final Duration KEPT = Duration.ofDays(1);
    private static final Pattern RELEASE_POINTER = Pattern.compile("/releases/(\\d+)(/.*)?");
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The columns, in the template's order: the header people read, whether it is required, its kind. */
    public enum Column {
        FILE_NUMBER("Número de expediente", true, Kind.TEXT, "DGO-ADQ-2025-014"),
        TITLE("Título", true, Kind.TEXT, "Uniformes escolares para primarias"),
        PROCEDURE("Procedimiento", true, Kind.TEXT, "Licitación pública"),
        CATEGORY("Tipo de contratación", true, Kind.TEXT, "Bienes"),
        SUPPLIER("Proveedor", true, Kind.TEXT, "Textiles del Guadiana, S.A. de C.V."),
        SUPPLIER_RFC("RFC del proveedor", true, Kind.TEXT, "TGU010203AB1"),
        AMOUNT("Monto del contrato (MXN)", true, Kind.AMOUNT, "1,234,567.50"),
        SIGNED("Fecha de firma", true, Kind.DATE, "15/03/2025"),
        START("Inicio de vigencia", true, Kind.DATE, "16/03/2025"),
        END("Fin de vigencia", true, Kind.DATE, "31/12/2025"),
        PROGRAMME("Clave del programa presupuestario", false, Kind.TEXT, "E012"),
        DESCRIPTION("Descripción", false, Kind.TEXT, "Camisas, faldas y pantalones para 12 escuelas"),
        LINK("Enlace al contrato", false, Kind.TEXT, "https://transparencia.ejemplo.gob.mx/contratos/014.pdf");

        enum Kind { TEXT, AMOUNT, DATE }

        private final String header;
        private final boolean required;
        private final Kind kind;
        private final String example;

        Column(String header, boolean required, Kind kind, String example) {
            this.header = header;
            this.required = required;
            this.kind = kind;
            this.example = example;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }

        public String example() {
            return example;
        }
    }

    /** A problem of the sheet: its row (0 for the sheet as a whole) and column header (blank for the row). */
    public record Problem(int row, String column, DefaultMessageSourceResolvable message) {
    }

    /** What one row would publish. */
    public record Planned(int row, String ocid, String title, String procedure, String supplier, BigDecimal amount,
            LocalDate signed) {
    }

    /** A preview: the releases the sheet would publish, every problem, and the token to confirm by if none. */
    public record Preview(List<Planned> releases, List<Problem> problems, String token) {

        public boolean publishable() {
            return problems.isEmpty() && token != null;
        }
    }

    private final OcdsPublication publication;
    private final OcdsValidation validation;
    private final JurisdictionService directory;
    private final Storage storage;
    private final JdbcClient jdbc;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final ContractingPolicy policy;

    ContractSheet(OcdsPublication publication, OcdsValidation validation, JurisdictionService directory,
            Storage storage, JdbcClient jdbc, PublicUrl publicUrl, Clock clock, ContractingPolicy policy) {
        this.policy = policy;
        this.publication = publication;
        this.validation = validation;
        this.directory = directory;
        this.storage = storage;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The template: the header row and one example row. */
    public static List<List<Object>> template() {
        List<Object> header = new ArrayList<>();
        List<Object> example = new ArrayList<>();
        for (Column column : Column.values()) {
            header.add(column.header + (column.required ? "" : " (opcional)"));
            example.add(column.kind == Column.Kind.AMOUNT ? new BigDecimal("1234567.50") : column.example);
        }
        return List.of(header, example);
    }

    /**
     * Reads and checks a sheet for the institution without publishing anything; keeps it under a token when it
     * has no problem.
     */
    @Transactional
    public Preview preview(String slug, String fileName, byte[] content) {
        policy.allowedNow(slug).require(ContractingAction.PUBLISH);
        List<Problem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        ObjectNode pack = OcdsJson.MAPPER.createObjectNode();
        List<SheetTable.Row> rows;
        try {
            rows = SheetTable.read(content, Set.of(Column.SIGNED.ordinal(), Column.START.ordinal(), Column.END.ordinal()));
        } catch (SheetTable.Unreadable e) {
            problems.add(new Problem(0, "", new DefaultMessageSourceResolvable(new String[] {e.key()}, e.args())));
            return new Preview(List.of(), problems, null);
        }
        int[] at = columns(rows.isEmpty() ? List.of() : rows.get(0).cells(), problems);
        if (rows.size() < 2 && problems.isEmpty()) {
            problems.add(new Problem(0, "", message("contracting.sheet.noRows")));
        }
        if (!problems.isEmpty()) {
            return new Preview(List.of(), problems, null);
        }
        String buyerName = directory.institution(slug).getName();
        String now = java.time.OffsetDateTime.now(clock.withZone(ProcessDesk.MEXICO))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME); // seconds even when zero
        pack.put("uri", publicUrl.of("/contrataciones/publicar/hoja"));
        pack.put("publishedDate", now);
        pack.putObject("publisher").put("name", buyerName);
        pack.put("version", OcdsVersion.V1_1.label());
        ArrayNode releases = pack.putArray("releases");
        List<Integer> rowOfRelease = new ArrayList<>();
        for (SheetTable.Row row : rows.subList(1, rows.size())) {
            InputFields fields = new InputFields();
            Optional<Planned> one = row(slug, buyerName, row, at, fields, releases);
            for (FieldProblem p : fields.problems()) {
                Column column = Column.valueOf(p.field());
                problems.add(new Problem(row.number(), column.header + " (" + org.apertura.platform.Workbook.columnName(at[column.ordinal()])
                        + ")", new DefaultMessageSourceResolvable(new String[] {p.messageKey()}, p.args())));
            }
            one.ifPresent(p -> {
                planned.add(p);
                rowOfRelease.add(row.number());
            });
        }
        if (problems.isEmpty()) {
            byte[] json = OcdsJson.MAPPER.writeValueAsBytes(pack);
            try {
                publication.check(new ByteArrayInputStream(json));
            } catch (InvalidInputException e) {
                for (FieldProblem p : e.problems()) {
                    Matcher m = RELEASE_POINTER.matcher(p.field());
                    int row = m.matches() ? rowOfRelease.get(Integer.parseInt(m.group(1))) : 0;
                    problems.add(new Problem(row, "", new DefaultMessageSourceResolvable(new String[] {p.messageKey()},
                            p.args())));
                }
            }
            if (problems.isEmpty()) {
                return new Preview(planned, problems, keep(slug, fileName, json, planned.size()));
            }
        }
        return new Preview(planned, problems, null);
    }

    /** Publishes a previewed sheet by its token: only who uploaded it, within a day, once. */
    @Transactional
    public OcdsPublication.Published confirm(String token) {
        var pending = jdbc.sql("SELECT content_sha256, institution_slug, owner_name, created_at FROM ocds_pending_upload "
                        + "WHERE token = ?").param(token == null ? "" : token)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()}).optional()
                .orElseThrow(() -> new InvalidInputException("token", "contracting.sheet.expired"));
        policy.allowedNow((String) pending[1]).require(ContractingAction.PUBLISH);
        if (!owner().equals(pending[2]) || ((Instant) pending[3]).plus(KEPT).isBefore(Instant.now(clock))) {
            throw new InvalidInputException("token", "contracting.sheet.expired");
        }
        byte[] json = storage.read((String) pending[0])
                .orElseThrow(() -> new InvalidInputException("token", "contracting.sheet.expired"));
        jdbc.sql("DELETE FROM ocds_pending_upload WHERE token = ?").param(token).update();
        return publication.publish(new ByteArrayInputStream(json));
    }

    private String keep(String slug, String fileName, byte[] json, int count) {
        String sha256 = storage.store(json);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.sql("DELETE FROM ocds_pending_upload WHERE created_at < ?")
                .param(java.sql.Timestamp.from(Instant.now(clock).minus(KEPT))).update();
        String name = fileName == null || fileName.isBlank() ? "hoja" : fileName.strip();
        jdbc.sql("INSERT INTO ocds_pending_upload (token, content_sha256, institution_slug, owner_name, file_name, "
                        + "release_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(token, sha256, slug, owner(), name.length() > 200 ? name.substring(0, 200) : name, count,
                        java.sql.Timestamp.from(Instant.now(clock)))
                .update();
        return token;
    }

    private static String owner() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** Where each column is in the header row (by its header, accents and case aside); a problem per missing one. */
    private static int[] columns(List<String> header, List<Problem> problems) {
        int[] at = new int[Column.values().length];
        for (Column column : Column.values()) {
            at[column.ordinal()] = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = plain(header.get(i)).replace("(opcional)", "").strip();
                if (name.equals(plain(column.header))) {
                    at[column.ordinal()] = i;
                }
            }
            if (at[column.ordinal()] < 0 && column.required) {
                problems.add(new Problem(1, column.header, message("contracting.sheet.missingColumn", column.header)));
            }
        }
        return at;
    }

    private Optional<Planned> row(String slug, String buyerName, SheetTable.Row row, int[] at, InputFields f,
            ArrayNode releases) {
        String fileNumber = f.text(Column.FILE_NUMBER.name(), cell(row, at, Column.FILE_NUMBER), true, 60);
        String title = f.text(Column.TITLE.name(), cell(row, at, Column.TITLE), true, 500);
        String procedureText = f.text(Column.PROCEDURE.name(), cell(row, at, Column.PROCEDURE), true, 100);
        Optional<ProcedureMethod> procedure = ProcedureMethod.byName(procedureText);
        if (procedureText != null && procedure.isEmpty()) {
            f.problem(Column.PROCEDURE.name(), "contracting.form.method");
        }
        String categoryText = f.text(Column.CATEGORY.name(), cell(row, at, Column.CATEGORY), true, 40);
        String category = categoryText == null ? null : switch (plain(categoryText)) {
            case "bienes", "adquisiciones", "adquisicion", "arrendamiento", "goods" -> "goods";
            case "obra", "obra publica", "obras", "works" -> "works";
            case "servicios", "servicio", "services" -> "services";
            default -> null;
        };
        if (categoryText != null && category == null) {
            f.problem(Column.CATEGORY.name(), "contracting.sheet.category");
        }
        String supplier = f.text(Column.SUPPLIER.name(), cell(row, at, Column.SUPPLIER), true, 400);
        String rfc = f.text(Column.SUPPLIER_RFC.name(), cell(row, at, Column.SUPPLIER_RFC), true, 13);
        if (rfc != null && !ProcessDesk.isRfc(rfc.toUpperCase(Locale.ROOT))) {
            f.problem(Column.SUPPLIER_RFC.name(), "contracting.form.rfc");
        }
        BigDecimal amount = f.amount(Column.AMOUNT.name(), cell(row, at, Column.AMOUNT), true);
        LocalDate signed = f.date(Column.SIGNED.name(), cell(row, at, Column.SIGNED), true);
        LocalDate start = f.date(Column.START.name(), cell(row, at, Column.START), true);
        LocalDate end = f.date(Column.END.name(), cell(row, at, Column.END), true);
        f.ordered(Column.END.name(), start, end);
        String programme = f.text(Column.PROGRAMME.name(), cell(row, at, Column.PROGRAMME), false, 100);
        String description = f.text(Column.DESCRIPTION.name(), cell(row, at, Column.DESCRIPTION), false, 4000);
        String link = f.text(Column.LINK.name(), cell(row, at, Column.LINK), false, 1000);
        if (link != null && !link.startsWith("https://") && !link.startsWith("http://")) {
            f.problem(Column.LINK.name(), "contracting.form.url");
        }
        String key = fileNumber == null ? null : plain(fileNumber).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String ocid = key == null ? null : validation.ocidPrefix() + "hoja-" + slug + "-" + key;
        if (ocid != null && ocid.length() > 100) {
            f.problem(Column.FILE_NUMBER.name(), "contracting.sheet.fileNumberTooLong");
        }
        if (!f.problems().isEmpty()) {
            return Optional.empty();
        }
        String upperRfc = rfc.toUpperCase(Locale.ROOT);
        ObjectNode release = releases.addObject();
        release.put("ocid", ocid);
        release.put("id", ocid + "-hoja");
        release.put("date", ProcessDesk.startOfDay(signed));
        release.putArray("tag").add("tender").add("award").add("contract");
        release.put("initiationType", "tender");
        release.put("language", "es");
        ProcessDesk.buyer(release, slug, buyerName, publication.institutionScheme());
        String supplierId = ProcessDesk.supplier(release, upperRfc, supplier);
        if (programme != null) {
            release.putObject("planning").putObject("budget").put("id", "presupuesto").put("projectID", programme);
        }
        ObjectNode tender = release.putObject("tender");
        tender.put("id", "procedimiento");
        tender.put("title", title);
        if (description != null) {
            tender.put("description", description);
        }
        tender.put("status", "complete");
        tender.put("procurementMethod", procedure.get().code());
        tender.put("procurementMethodDetails", procedure.get().mexicanName());
        tender.put("mainProcurementCategory", category);
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", "adjudicacion-1");
        award.put("status", "active");
        award.put("date", ProcessDesk.startOfDay(signed));
        award.putObject("value").put("amount", amount).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", supplierId).put("name", supplier);
        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", "contrato-1");
        contract.put("awardID", "adjudicacion-1");
        contract.put("title", title);
        contract.put("status", "active");
        contract.putObject("value").put("amount", amount).put("currency", "MXN");
        contract.put("dateSigned", ProcessDesk.startOfDay(signed));
        contract.putObject("period").put("startDate", ProcessDesk.startOfDay(start)).put("endDate",
                ProcessDesk.endOfDay(end));
        if (link != null) {
            ObjectNode document = contract.putArray("documents").addObject();
            document.put("id", "contrato");
            document.put("documentType", "contractSigned");
            document.put("title", title);
            document.put("url", link);
        }
        return Optional.of(new Planned(row.number(), ocid, title, procedure.get().mexicanName(), supplier, amount,
                signed));
    }

    private static String cell(SheetTable.Row row, int[] at, Column column) {
        int i = at[column.ordinal()];
        return i < 0 ? null : row.cell(i);
    }

    private static DefaultMessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
