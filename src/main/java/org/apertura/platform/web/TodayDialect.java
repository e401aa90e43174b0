package org.apertura.platform.web;

import java.util.Set;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template — pages, and documents rendered outside a request such as minutes and acuses — the
 * one way to show dates: {@code ${#today.date(instant)}}, {@code ${#today.dateTime(instant)}}, in Mexico
 * City's time.
 */
@Component
class TodayDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "today";

    private final Today today;

    TodayDialect(Today today) {
        super("apertura-today");
        this.today = today;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? today : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
