package org.apertura.platform.web;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #flashed}: for a form that redirects ({@link FlashOutcome.Form}), whether a field came back
 * with a problem and the attributes that tie it to its message, as {@code fragments/forms :: input} does for a form
 * that does not redirect: {@code th:attr="aria-invalid=${#flashed.invalid('answer-option')},
 * aria-describedby=${#flashed.describedBy('answer-option', 'answer-hint')}"} (a null value leaves the attribute out).
 */
@Component
class FlashedFieldsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "flashed";

    FlashedFieldsDialect() {
        super("apertura-flashed");
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
                if (!NAME.equals(expressionObjectName)) {
                    return null;
                }
                return new FlashedFields(context.getVariable(FlashOutcome.FIELDS) instanceof Map<?, ?> m ? m : null);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true; // per template run: the flash attributes do not change while a page renders
            }
        };
    }
}
