package org.apertura.platform.web;

/**
 * A filter value a page cannot read, found by the page itself (a role, a state or an order that is not one of the
 * page's choices) rather than by Spring's conversion. {@link IgnoredFilters} answers it like a value that could not
 * be converted: the same page without it, saying which filter was ignored.
 */
public class UnreadableFilter extends RuntimeException {

    private final String parameter;

    public UnreadableFilter(String parameter) {
        super("unreadable filter value: " + parameter);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The choice whose name is {@code value}, none for a blank value, or the filter refused when no choice has it. */
    public static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new UnreadableFilter(parameter);
    }
}
