package org.apertura.contracting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The contracting processes of a buyer charged to a budget programme, read from their compiled releases: a process is
 * charged to the programmes its planning names in {@code planning.budget.projectID}, {@code planning.budget.id}, the
 * ids of {@code planning.budget.budgetBreakdown} or, with the Mexican budget-lines extension, the programmatic
 * component of {@code planning.budget.budgetLines}. Keys compare without case, spaces or hyphens ({@code E-017} is
 * {@code E017}). With their amounts awarded, contracted and paid and each payment (OCDS transactions).
 */
@Service
@Transactional(readOnly = true)
public class ProcessesByBudget {

    /** One payment of a contract: its date, amount, currency and payee. */
    public record Payment(String date, BigDecimal amount, String currency, String payee) {
    }

    /** A process with the programme keys it names and what was awarded, contracted and paid. */
    public record ChargedProcess(String ocid, String title, List<String> programmeKeys, String suppliers,
            BigDecimal awarded, BigDecimal contracted, BigDecimal paid, String currency, List<Payment> payments) {
    }

    private final JdbcTemplate jdbc;

    ProcessesByBudget(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The buyer's processes charged to the programme. */
    public List<ChargedProcess> chargedTo(String buyerSlug, String programmeKey) {
        String wanted = normalise(programmeKey);
        return processes(buyerSlug).stream().filter(p -> p.programmeKeys().stream().map(ProcessesByBudget::normalise)
                .anyMatch(wanted::equals)).toList();
    }

    /** The buyer's processes with payments that name no budget programme at all: money whose budget is unknown. */
    public List<ChargedProcess> paidWithoutProgramme(String buyerSlug) {
        return processes(buyerSlug).stream().filter(p -> p.programmeKeys().isEmpty() && p.paid() != null
                && p.paid().signum() > 0).toList();
    }

    private List<ChargedProcess> processes(String buyerSlug) {
        return jdbc.query("SELECT ocid, title, compiled_json, awarded_amount, contracted_amount, paid_amount, "
                + "COALESCE(paid_currency, contracted_currency, awarded_currency) AS currency, supplier_names "
                + "FROM ocds_record WHERE buyer_slug = ? ORDER BY ocid", (rs, n) -> {
                    JsonNode compiled = OcdsJson.MAPPER.readTree(rs.getString("compiled_json"));
                    return new ChargedProcess(rs.getString("ocid"), rs.getString("title"), keys(compiled),
                            rs.getString("supplier_names"), rs.getBigDecimal("awarded_amount"),
                            rs.getBigDecimal("contracted_amount"), rs.getBigDecimal("paid_amount"),
                            rs.getString("currency"), payments(compiled));
                }, buyerSlug);
    }

    private static List<String> keys(JsonNode compiled) {
        JsonNode budget = compiled.path("planning").path("budget");
        Set<String> keys = new LinkedHashSet<>();
        add(keys, budget.path("projectID"));
        add(keys, budget.path("id"));
        for (JsonNode part : budget.path("budgetBreakdown")) {
            add(keys, part.path("id"));
        }
        for (JsonNode line : budget.path("budgetLines")) {
            for (JsonNode component : line.path("components")) {
                String name = component.path("name").asString("").toLowerCase(Locale.ROOT);
                String level = component.path("level").asString("").toLowerCase(Locale.ROOT);
                if (name.startsWith("program") || level.startsWith("program")) {
                    add(keys, component.path("code"));
                }
            }
        }
        return List.copyOf(keys);
    }

    private static void add(Set<String> keys, JsonNode value) {
        if (value.isString() || value.isNumber()) {
            String text = value.asString().strip();
            if (!text.isEmpty()) {
                keys.add(text);
            }
        }
    }

    private static List<Payment> payments(JsonNode compiled) {
        List<Payment> payments = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            for (JsonNode t : contract.path("implementation").path("transactions")) {
                JsonNode value = t.has("value") ? t.path("value") : t.path("amount");
                JsonNode payee = t.has("payee") ? t.path("payee") : t.path("receiverOrganization");
                JsonNode amount = value.path("amount");
                payments.add(new Payment(t.path("date").asString(""), amount.isNumber() ? amount.decimalValue() : null,
                        value.path("currency").asString(""), payee.path("name").asString("")));
            }
        }
        return payments;
    }

    private static String normalise(String key) {
        return key == null ? "" : key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
