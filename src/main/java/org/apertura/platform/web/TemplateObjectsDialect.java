package org.apertura.platform.web;

import java.util.Map;
import java.util.Set;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The platform's objects in every template:
 * <ul>
 * <li>{@code #today} — pages, and documents rendered outside a request such as minutes and acuses — the one way to
 * show dates: {@code ${#today.date(instant)}}, {@code ${#today.dateTime(instant)}}, in Mexico City's time;</li>
 * <li>{@code #flashed} — for a form that redirects ({@link FlashOutcome.Form}), whether a field came back with a
 * problem and the attributes that tie it to its message, as {@code fragments/forms :: input} does for a form that does
 * not redirect: {@code th:attr="aria-invalid=${#flashed.invalid('answer-option')},
 * aria-describedby=${#flashed.describedBy('answer-option', 'answer-hint')}"} (a null value leaves the attribute
 * out).</li>
 * </ul>
 */
@Component
class TemplateObjectsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String TODAY = "today";
    private static final String FLASHED = "flashed";

    private final Today today;

    TemplateObjectsDialect(Today today) {
        super("apertura-objects");
        this.today = today;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(TODAY, FLASHED);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return switch (expressionObjectName) {
                    case TODAY -> today;
                    case FLASHED -> new FlashedFields(context.getVariable(FlashOutcome.FIELDS) instanceof Map<?, ?> m
                            ? m : null);
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // per template run: the flash attributes do not change while a page renders
            }
        };
    }
}
