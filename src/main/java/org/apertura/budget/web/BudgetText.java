package org.apertura.budget.web;

import java.math.BigDecimal;
import org.apertura.budget.Amounts;
import org.apertura.budget.Catalogues;
import org.apertura.budget.ImportProblem;
import org.apertura.budget.MoneyTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats for the budget's templates: {@code ${@budgetText.money(x)}}, an import problem's reason, a gap, the names of
 * a line's classifier codes, so a reader sees words beside the codes.
 */
@Component("budgetText")
public class BudgetText {

    private final MessageSource messages;
    private final Catalogues catalogues;

    BudgetText(MessageSource messages, Catalogues catalogues) {
        this.messages = messages;
        this.catalogues = catalogues;
    }

    /**
     * The name of the función a functional code falls in ({@code 1.3.4} → Coordinación de la política de gobierno,
     * the name of 1.3: the catalogue ships finalidad and función, not the subfunción), empty when unknown.
     */
    public String function(String code) {
        if (code == null || code.length() < 3) {
            return "";
        }
        String name = catalogues.functionName(code.substring(0, 3));
        return name.equals(code.substring(0, 3)) ? "" : name;
    }

    /** The name of a source of financing ({@code 11} → Recursos fiscales), empty when unknown. */
    public String source(String code) {
        String name = code == null ? "" : catalogues.sourceName(code);
        return name.equals(code) ? "" : name;
    }

    /** An amount in pesos: {@code $1,234,567.80}. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : Amounts.format(amount);
    }

    /** Why an import problem is one, in the reader's language. */
    public String problem(ImportProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args(), LocaleContextHolder.getLocale());
    }

    /** A gap of a money trail, in the reader's language. */
    public String gap(MoneyTrail.Gap gap) {
        return messages.getMessage(gap.messageKey(), gap.args(), LocaleContextHolder.getLocale());
    }
}
