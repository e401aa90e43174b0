package org.apertura.participation.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Component;

/** Pesos as the participatory budget pages write them, {@code ${@pbText.money(x)}}: $1,234,500.00, in both languages. */
@Component("pbText")
class PbText {

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Today.LOCALE));
        return format.format(amount);
    }
}
