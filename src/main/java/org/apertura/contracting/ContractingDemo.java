package org.apertura.contracting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's public purchases: about 200 fictional contracting processes of Durango's state executive and its three
 * municipalities (commitment DGO-01, "publish the state's purchases in OCDS"), generated the same way every time
 * (a seeded {@link Random}) across the three Mexican procedures and every stage, with bids, amendments and payments,
 * and published release by release through {@link OcdsPublication}, as each institution's procurement office
 * would. The companies are fictional: their RFC-like identifiers have month 00, which no real RFC has. Runs when
 * the demo is on, an ocid prefix is configured and nothing was published yet; then computes the red flags.
 */
@DemoSeed.Seed(name = "contracting", needs = "jurisdiction", after = "accessinfo")
class ContractingDemo implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(ContractingDemo.class);
    static final int PROCESSES = 200;
    static final String SCHEME = "MX-RFC";
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** No demo release is dated after this day. */
    private static final OffsetDateTime LAST_DAY = OffsetDateTime.parse("2026-11-20T18:00:00-06:00");

    private static final class LastDay extends RuntimeException {
        LastDay() {
            super(null, null, false, false);
        }
    }

    /** Buyer slug, a short code for its ocids, and how many processes it has. */
    private record Buyer(String slug, String code, int processes, String[] places) {
    }

    private static final List<Buyer> BUYERS = List.of(
            new Buyer("poder-ejecutivo-durango", "GED", 110, new String[] {"Durango", "Gómez Palacio", "Lerdo",
                    "Santiago Papasquiaro", "Canatlán", "Nombre de Dios"}),
            new Buyer("ayuntamiento-durango", "MDU", 45, new String[] {"colonia Centro", "colonia Jardines de Durango",
                    "colonia Valle del Sur", "colonia Los Remedios", "colonia Del Maestro", "fraccionamiento Guadiana"}),
            new Buyer("ayuntamiento-gomez-palacio", "MGP", 30, new String[] {"colonia Centro", "colonia El Campestre",
                    "colonia Las Rosas", "colonia Filadelfia", "ejido El Vergel"}),
            new Buyer("ayuntamiento-tepehuanes", "MTE", 15, new String[] {"cabecera municipal", "Santa Catarina de "
                    + "Tepehuanes", "Los Herrera", "La Purísima"}));

    /** A kind of purchase: category, sector, title and item words, COG partida, unit, typical amount in pesos. */
    private record Kind(String category, int sector, String title, String item, String partida, String unit,
            int amount) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("goods", 0, "Adquisición de papelería y consumibles de oficina", "Paquete de papelería", "21101",
                    "paquete", 180_000),
            new Kind("goods", 0, "Adquisición de tóner y cartuchos para impresoras", "Cartucho de tóner", "21401",
                    "pieza", 140_000),
            new Kind("goods", 1, "Adquisición de medicamentos para centros de salud", "Caja de medicamento", "25301",
                    "caja", 2_400_000),
            new Kind("goods", 1, "Adquisición de material de curación", "Material de curación", "25401", "lote",
                    900_000),
            new Kind("goods", 2, "Adquisición de equipo de cómputo", "Computadora de escritorio", "51501", "equipo",
                    1_800_000),
            new Kind("goods", 3, "Adquisición de combustible para vehículos oficiales", "Litro de gasolina", "26101",
                    "litro", 1_200_000),
            new Kind("goods", 3, "Adquisición de llantas y refacciones", "Llanta para camioneta", "29601", "pieza",
                    350_000),
            new Kind("goods", 4, "Adquisición de uniformes para personal operativo", "Uniforme completo", "27101",
                    "pieza", 650_000),
            new Kind("goods", 5, "Adquisición de luminarias LED para alumbrado público", "Luminaria LED", "24601",
                    "pieza", 2_800_000),
            new Kind("works", 6, "Pavimentación con concreto hidráulico en", "Metro cuadrado de pavimento", "61401",
                    "metro cuadrado", 6_500_000),
            new Kind("works", 6, "Rehabilitación de la red de agua potable en", "Metro lineal de tubería", "61301",
                    "metro lineal", 4_200_000),
            new Kind("works", 6, "Construcción de aula en escuela primaria de", "Aula terminada", "62201", "obra",
                    2_900_000),
            new Kind("services", 7, "Servicio de limpieza de oficinas", "Mes de servicio de limpieza", "35801", "mes",
                    900_000),
            new Kind("services", 7, "Servicio de recolección y traslado de residuos en", "Viaje de recolección",
                    "35801", "viaje", 1_600_000),
            new Kind("services", 3, "Mantenimiento preventivo de vehículos oficiales", "Servicio de mantenimiento",
                    "35501", "servicio", 480_000),
            new Kind("services", 8, "Servicio de vigilancia en edificios públicos", "Mes de vigilancia", "33801",
                    "mes", 1_300_000),
            new Kind("services", 8, "Consultoría para la actualización del catastro", "Informe de consultoría",
                    "33101", "servicio", 750_000));

    /** The partidas' names (their generic partida's in CONAC's classifier by object of spending). */
    private static final Map<String, String> COG = Map.ofEntries(
            Map.entry("21101", "Materiales, útiles y equipos menores de oficina"),
            Map.entry("21401", "Materiales, útiles y equipos menores de tecnologías de la información y comunicaciones"),
            Map.entry("25301", "Medicinas y productos farmacéuticos"),
            Map.entry("25401", "Materiales, accesorios y suministros médicos"),
            Map.entry("51501", "Equipo de cómputo y de tecnologías de la información"),
            Map.entry("26101", "Combustibles, lubricantes y aditivos"),
            Map.entry("29601", "Refacciones y accesorios menores de equipo de transporte"),
            Map.entry("27101", "Vestuario y uniformes"),
            Map.entry("24601", "Material eléctrico y electrónico"),
            Map.entry("61401", "División de terrenos y construcción de obras de urbanización"),
            Map.entry("61301", "Construcción de obras para el abastecimiento de agua, petróleo, gas, electricidad y "
                    + "telecomunicaciones"),
            Map.entry("62201", "Edificación no habitacional"),
            Map.entry("35801", "Servicios de limpieza y manejo de desechos"),
            Map.entry("35501", "Reparación y mantenimiento de equipo de transporte"),
            Map.entry("33801", "Servicios de vigilancia"),
            Map.entry("33101", "Servicios legales, de contabilidad, auditoría y relacionados"));

    /** Fictional companies by sector (the last ones sell anything: a signal R048 looks for). */
    private static final String[][] COMPANIES = {
            {"Papelería del Guadiana", "Distribuidora de Oficina Mezquital", "Suministros Escolares Nazas"},
            {"Farmacéutica Sierra Madre", "Distribuidora Médica del Norte", "Insumos Clínicos Lagunera"},
            {"Cómputo y Redes Victoria", "Tecnologías Durango Digital", "Sistemas Informáticos Mapimí"},
            {"Combustibles y Servicios Cuencamé", "Refaccionaria El Tunal", "Autopartes Vicente Guerrero"},
            {"Confecciones Santa Ana", "Uniformes Industriales del Valle"},
            {"Iluminación Eficiente Rodeo", "Eléctrica Mercado de Durango"},
            {"Constructora Cerro del Mercado", "Obras y Pavimentos Canatlán", "Edificaciones Río Florido",
                    "Urbanizadora Lerdo"},
            {"Limpieza Integral Guadalupe Victoria", "Servicios Ambientales La Laguna"},
            {"Seguridad Privada Tapias", "Consultores Asociados Poanas", "Servicios Profesionales Súchil"},
            {"Comercializadora Multiservicios Topia", "Grupo Proveedor Integral Ocampo"}};

    private final OcdsPublication publication;
    private final OcdsValidation validation;
    private final ProcessRecordRepository records;
    private final StoredRedFlags redFlags;
    private final JurisdictionService directory;
    private final String scheme;

    ContractingDemo(OcdsPublication publication, OcdsValidation validation, ProcessRecordRepository records,
            StoredRedFlags redFlags, JurisdictionService directory) {
        this.publication = publication;
        this.validation = validation;
        this.records = records;
        this.redFlags = redFlags;
        this.directory = directory;
        this.scheme = publication.institutionScheme();
    }

    @Override
    public void seed() {
        if (validation.ocidPrefix().isEmpty() || records.count() > 0 || !buyersExist()) {
            return;
        }
        long start = System.nanoTime();
        byte[] lines = releases(validation.ocidPrefix());
        SystemActor.runAs(SystemActor.NAME, BUYERS.stream()
                .map(b -> new SimpleGrantedAuthority("PROCUREMENT@INSTITUTION:" + b.slug())).toList(), () -> {
                    OcdsPublication.Published published = publication.publish(new ByteArrayInputStream(lines));
                    redFlags.refresh();
                    log.info("Demo contracting: {} releases of {} fictional processes published in {} ms.",
                            published.releasesStored(), published.ocids().size(),
                            (System.nanoTime() - start) / 1_000_000);
                });
    }

    private boolean buyersExist() {
        try {
            BUYERS.forEach(b -> directory.institution(b.slug()));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Every release of the demo, as JSON Lines, oldest first within each process. */
    byte[] releases(String prefix) {
        Random random = new Random(20251);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String[]> companies = companies();
        int n = 0;
        for (Buyer buyer : BUYERS) {
            for (int i = 1; i <= buyer.processes(); i++) {
                n++;
                for (ObjectNode release : new Process(prefix, buyer, i, n, random, companies).releases()) {
                    out.writeBytes(OcdsJson.MAPPER.writeValueAsBytes(release));
                    out.write('\n');
                }
            }
        }
        return out.toByteArray();
    }

    /** Per sector, per company: its name with "S.A. de C.V." and its fictional RFC-like identifier (month 00). */
    private static List<String[]> companies() {
        List<String[]> list = new ArrayList<>();
        int k = 0;
        for (String[] sector : COMPANIES) {
            for (String name : sector) {
                k++;
                String initials = (name.replaceAll("[^A-ZÁÉÍÓÚÑ]", "") + "XXX").substring(0, 3)
                        .replace('Á', 'A').replace('É', 'E').replace('Í', 'I').replace('Ó', 'O').replace('Ú', 'U')
                        .replace('Ñ', 'N');
                list.add(new String[] {name + ", S.A. de C.V.", initials + String.format("%02d00%02d", 10 + k % 15,
                        1 + k) + "D" + (char) ('A' + k % 26) + (k % 10)});
            }
        }
        return list;
    }

    /** One fictional process and the releases that tell it. */
    private final class Process {
        private final String ocid;
        private final Buyer buyer;
        private final Random random;
        private final List<String[]> companies;
        private final Kind kind;
        private final String method;
        private final int finalStage;
        private final String title;
        private final String buyerName;
        private final List<ObjectNode> releases = new ArrayList<>();
        private final ObjectNode buyerParty;
        private OffsetDateTime at;
        private int sequence;

        Process(String prefix, Buyer buyer, int i, int n, Random random, List<String[]> companies) {
            this.buyer = buyer;
            this.random = random;
            this.companies = companies;
            this.kind = KINDS.get(random.nextInt(KINDS.size()));
            int roll = random.nextInt(100);
            boolean large = kind.amount() >= 2_000_000;
            this.method = large ? (roll < 55 ? "open" : roll < 75 ? "selective" : "direct")
                    : (roll < 15 ? "open" : roll < 35 ? "selective" : "direct");
            int stageRoll = random.nextInt(100);
            this.finalStage = stageRoll < 5 ? 0 : stageRoll < 13 ? 1 : stageRoll < 21 ? 2 : stageRoll < 43 ? 3 : 4;
            int year = 2024 + n % 3;
            LocalDate day = LocalDate.of(year, 1 + random.nextInt(year == 2026 ? 7 : 10), 1 + random.nextInt(27));
            this.at = day.atTime(9 + random.nextInt(8), 0).atOffset(ZoneOffset.ofHours(-6));
            this.ocid = prefix + buyer.code() + "-" + year + "-" + String.format("%04d", i);
            String place = buyer.places()[random.nextInt(buyer.places().length)];
            this.title = kind.title().endsWith(" en") || kind.title().endsWith(" de")
                    ? kind.title() + " " + place : kind.title() + (random.nextBoolean() ? "" : " (" + place + ")");
            this.buyerName = directory.institution(buyer.slug()).getName();
            this.buyerParty = OcdsJson.MAPPER.createObjectNode();
            buyerParty.put("id", scheme + "-" + buyer.slug());
            buyerParty.put("name", buyerName);
            buyerParty.putObject("identifier").put("scheme", scheme).put("id", buyer.slug()).put("legalName", buyerName);
            buyerParty.putArray("roles").add("buyer").add("procuringEntity");
        }

        /** The releases of the process, up to its final stage or to the demo's last day, whichever comes first. */
        List<ObjectNode> releases() {
            try {
                tell();
            } catch (LastDay e) {
                // the story goes on after the demo's last day: it is published as far as it went
            }
            return releases;
        }

        private void tell() {
            BigDecimal budget = pesos(kind.amount() * (0.6 + random.nextDouble() * 0.9));
            ObjectNode planning = release("planning");
            ObjectNode plan = planning.putObject("planning");
            plan.put("rationale", "Necesidad incluida en el programa anual de adquisiciones de " + buyerName + ".");
            ObjectNode budgetNode = plan.putObject("budget");
            budgetNode.put("id", "PAA-" + at.getYear());
            budgetNode.put("description", "Programa anual de adquisiciones " + at.getYear());
            money(budgetNode.putObject("amount"), budget);
            budgetNode.put("projectID", "DGO-01");
            ObjectNode plannedTender = planning.putObject("tender").put("id", ocid + "-procedimiento")
                    .put("title", title).put("status", "planned");
            plannedTender.put("mainProcurementCategory", kind.category());
            if (finalStage == 0) {
                return;
            }
            later(10, 40);
            BigDecimal estimate = budget.multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.1))
                    .setScale(2, RoundingMode.HALF_UP);
            boolean competitive = !method.equals("direct");
            boolean shortPeriod = competitive && random.nextInt(100) < 12;
            int period = shortPeriod ? 5 + random.nextInt(8) : 15 + random.nextInt(20);
            ObjectNode tenderRelease = release("tender");
            ObjectNode tender = tender(tenderRelease, "active");
            tender.put("description", "Contratación de " + kind.item().toLowerCase() + " para " + buyerName
                    + ". Datos de demostración: el proceso y las empresas son ficticios.");
            tender.put("procurementMethod", method);
            tender.put("procurementMethodDetails", switch (method) {
                case "open" -> "Licitación pública";
                case "selective" -> "Invitación a cuando menos tres personas";
                default -> "Adjudicación directa";
            });
            if (method.equals("direct")) {
                tender.put("procurementMethodRationale", "Monto dentro del límite para adjudicación directa "
                        + "(LAASSP art. 42).");
            }
            tender.put("mainProcurementCategory", kind.category());
            money(tender.putObject("value"), estimate);
            OffsetDateTime tenderStart = at;
            OffsetDateTime tenderEnd = at.plusDays(period);
            if (competitive) {
                ObjectNode tenderPeriod = tender.putObject("tenderPeriod");
                tenderPeriod.put("startDate", date(tenderStart));
                tenderPeriod.put("endDate", date(tenderEnd));
                tender.putArray("submissionMethod").add("electronicSubmission");
            }
            int quantity = 5 + random.nextInt(kind.unit().equals("obra") ? 1 : 400);
            ObjectNode item = tender.putArray("items").addObject();
            item.put("id", "1");
            item.put("description", kind.item());
            item.put("quantity", kind.unit().equals("obra") ? 1 : quantity);
            item.putObject("unit").put("name", kind.unit());
            item.putObject("classification").put("scheme", "COG").put("id", kind.partida())
                    .put("description", COG.get(kind.partida()));
            document(tender, "convocatoria", competitive ? "tenderNotice" : "procurementPlan",
                    competitive ? "Convocatoria" : "Solicitud de cotización");
            if (competitive && random.nextInt(100) < 12) {
                later(2, 4);
                tenderEnd = tenderEnd.plusDays(7);
                ObjectNode amendment = release("tenderAmendment");
                ObjectNode amended = tender(amendment, "active");
                amended.putObject("tenderPeriod").put("startDate", date(tenderStart)).put("endDate", date(tenderEnd));
                amended.putArray("amendments").addObject().put("id", "1").put("date", date(at))
                        .put("rationale", "Se amplió el plazo para presentar ofertas a petición de los participantes.");
            }
            if (finalStage >= 2 && random.nextInt(100) < 5) {
                later(3, 10);
                tender(release("tenderCancellation"), "cancelled");
                return;
            }
            if (finalStage == 1) {
                return;
            }
            at = competitive ? tenderEnd.plusDays(3 + random.nextInt(12)) : at.plusDays(5 + random.nextInt(15));
            ObjectNode awardRelease = release("award");
            int sector = kind.sector();
            String[] winner = pick(sector, random.nextInt(100) < 12);
            BigDecimal awarded = estimate.multiply(BigDecimal.valueOf(0.82 + random.nextDouble() * 0.17))
                    .setScale(2, RoundingMode.HALF_UP);
            ObjectNode awardTender = tender(awardRelease, "complete");
            if (competitive) {
                bids(awardRelease, awardTender, sector, winner, awarded, tenderEnd);
            }
            supplierParty(awardRelease, winner);
            ObjectNode award = awardRelease.putArray("awards").addObject();
            award.put("id", ocid + "-adjudicacion-1");
            award.put("title", title);
            award.put("status", "active");
            award.put("date", date(at));
            money(award.putObject("value"), awarded);
            award.putArray("suppliers").addObject().put("id", SCHEME + "-" + winner[1]).put("name", winner[0]);
            document(award, "fallo", "awardNotice", competitive ? "Fallo" : "Dictamen de adjudicación directa");
            if (finalStage == 2) {
                return;
            }
            later(5, 20);
            OffsetDateTime contractStart = at.plusDays(1);
            OffsetDateTime contractEnd = contractStart.plusDays(60 + random.nextInt(240));
            ObjectNode contractRelease = release("contract");
            ObjectNode contract = contract(contractRelease, "active");
            contract.put("awardID", ocid + "-adjudicacion-1");
            contract.put("title", "Contrato de " + title.substring(0, 1).toLowerCase() + title.substring(1));
            contract.put("dateSigned", date(at));
            money(contract.putObject("value"), awarded);
            contract.putObject("period").put("startDate", date(contractStart)).put("endDate", date(contractEnd));
            document(contract, "contrato", "contractSigned", "Contrato firmado");
            if (finalStage == 3) {
                return;
            }
            BigDecimal total = awarded;
            if (random.nextInt(100) < 18) {
                later(20, 60);
                total = awarded.multiply(BigDecimal.valueOf(1.08 + random.nextDouble() * 0.17))
                        .setScale(2, RoundingMode.HALF_UP);
                contractEnd = contractEnd.plusDays(30);
                ObjectNode amendmentRelease = release("contractAmendment");
                ObjectNode amended = contract(amendmentRelease, "active");
                money(amended.putObject("value"), total);
                amended.putObject("period").put("startDate", date(contractStart)).put("endDate", date(contractEnd));
                amended.putArray("amendments").addObject().put("id", "1").put("date", date(at))
                        .put("rationale", "Convenio modificatorio: se amplió el monto y la vigencia por mayores "
                                + "cantidades de trabajo (LAASSP art. 52).");
            }
            int payments = 1 + random.nextInt(3);
            boolean finished = random.nextInt(100) < 60;
            BigDecimal paid = BigDecimal.ZERO;
            ArrayNode transactions = OcdsJson.MAPPER.createArrayNode();
            for (int p = 1; p <= payments; p++) {
                later(20, 45);
                BigDecimal share = p == payments && finished ? total.subtract(paid)
                        : total.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 0.2))
                                .setScale(2, RoundingMode.HALF_UP);
                paid = paid.add(share);
                ObjectNode transaction = transactions.addObject();
                transaction.put("id", ocid + "-pago-" + p);
                transaction.put("source", "https://transparencia.example.org/durango/pagos/" + ocid + "-" + p);
                transaction.put("date", date(at));
                money(transaction.putObject("value"), share);
                transaction.putObject("payer").put("id", buyerParty.get("id").asString()).put("name", buyerName);
                transaction.putObject("payee").put("id", SCHEME + "-" + winner[1]).put("name", winner[0]);
                ObjectNode implementation = release("implementation");
                ObjectNode paying = contract(implementation, p == payments && finished ? "terminated" : "active");
                paying.putObject("implementation").set("transactions", transactions.deepCopy());
            }
            return;
        }

        /** Bids (the OCDS bid extension): the winner's and two to four others, some disqualified. */
        private void bids(ObjectNode release, ObjectNode tender, int sector, String[] winner, BigDecimal awarded,
                OffsetDateTime deadline) {
            ArrayNode details = release.putObject("bids").putArray("details");
            int others = random.nextInt(100) < 15 ? 0 : 2 + random.nextInt(3);
            int pattern = random.nextInt(100);
            bid(details, 1, winner, awarded, pattern < 4 ? deadline.plusHours(5) : deadline.minusDays(1), "valid");
            List<String[]> used = new ArrayList<>();
            used.add(winner);
            for (int b = 0; b < others; b++) {
                String[] company = pick(sector, false);
                if (used.stream().anyMatch(c -> c[1].equals(company[1]))) {
                    continue;
                }
                used.add(company);
                BigDecimal price = pattern >= 4 && pattern < 8 && b == 0 ? awarded
                        : awarded.multiply(BigDecimal.valueOf(pattern >= 8 && pattern < 14 && b == 0 ? 0.9
                                : 1.01 + random.nextDouble() * 0.2)).setScale(2, RoundingMode.HALF_UP);
                String status = pattern >= 8 && pattern < 14 && b == 0 ? "disqualified"
                        : pattern >= 14 && pattern < 20 ? "disqualified" : "valid";
                bid(details, 2 + b, company, price, deadline.minusDays(1 + random.nextInt(3)), status);
                supplierParty(release, company);
            }
            tender.put("numberOfTenderers", used.size());
            tender.put("awardCriteria", "priceOnly");
        }

        private void bid(ArrayNode details, int n, String[] company, BigDecimal price, OffsetDateTime date,
                String status) {
            ObjectNode bid = details.addObject();
            bid.put("id", ocid + "-oferta-" + n);
            bid.put("date", date(date));
            bid.put("status", status);
            bid.putArray("tenderers").addObject().put("id", SCHEME + "-" + company[1]).put("name", company[0]);
            money(bid.putObject("value"), price);
        }

        private String[] pick(int sector, boolean generalist) {
            int first = 0;
            for (int s = 0; s < sector; s++) {
                first += COMPANIES[s].length;
            }
            if (generalist) {
                int last = companies.size() - COMPANIES[COMPANIES.length - 1].length;
                return companies.get(last + random.nextInt(COMPANIES[COMPANIES.length - 1].length));
            }
            return companies.get(first + random.nextInt(COMPANIES[sector].length));
        }

        private void supplierParty(ObjectNode release, String[] company) {
            ObjectNode party = ((ArrayNode) release.get("parties")).addObject();
            party.put("id", SCHEME + "-" + company[1]);
            party.put("name", company[0]);
            party.putObject("identifier").put("scheme", SCHEME).put("id", company[1]).put("legalName", company[0]);
            party.putObject("address").put("region", "Durango").put("countryName", "México");
            party.putArray("roles").add("tenderer").add("supplier");
        }

        private ObjectNode tender(ObjectNode release, String status) {
            return release.putObject("tender").put("id", ocid + "-procedimiento").put("title", title)
                    .put("status", status);
        }

        private ObjectNode contract(ObjectNode release, String status) {
            ObjectNode contract = release.putArray("contracts").addObject();
            contract.put("id", ocid + "-contrato-1");
            contract.put("awardID", ocid + "-adjudicacion-1");
            contract.put("status", status);
            return contract;
        }

        private void document(ObjectNode holder, String name, String type, String documentTitle) {
            ArrayNode documents = holder.putArray("documents");
            ObjectNode document = documents.addObject();
            document.put("id", name);
            document.put("documentType", type);
            document.put("title", documentTitle);
            document.put("url", "https://transparencia.example.org/durango/" + ocid + "/" + name + ".pdf");
            document.put("datePublished", date(at));
            document.put("format", "application/pdf");
            document.put("language", "es");
        }

        private ObjectNode release(String tag) {
            if (at.isAfter(LAST_DAY)) {
                throw new LastDay();
            }
            ObjectNode release = OcdsJson.MAPPER.createObjectNode();
            release.put("ocid", ocid);
            release.put("id", ocid + "-" + String.format("%02d", ++sequence) + "-" + tag);
            release.put("date", date(at));
            release.putArray("tag").add(tag);
            release.put("initiationType", "tender");
            release.put("language", "es");
            release.putObject("buyer").put("id", buyerParty.get("id").asString()).put("name", buyerName);
            release.putArray("parties").add(buyerParty.deepCopy());
            releases.add(release);
            return release;
        }

        private void later(int minDays, int maxDays) {
            at = at.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        }

        private BigDecimal pesos(double amount) {
            return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
        }

        private void money(ObjectNode value, BigDecimal amount) {
            value.put("amount", amount);
            value.put("currency", "MXN");
        }

        private String date(OffsetDateTime dateTime) {
            return SECONDS.format(dateTime);
        }
    }
}
