package org.apertura.budget.web;

import java.math.BigDecimal;
import org.apertura.budget.Amounts;
import org.apertura.budget.ImportProblem;
import org.apertura.budget.MoneyTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats for the budget's templates: {@code ${@budgetText.money(x)}}, an import problem's reason, a gap. */
@Component("budgetText")
public class BudgetText {

    private final MessageSource messages;

    BudgetText(MessageSource messages) {
        this.messages = messages;
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
