package org.apertura.appeal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the forms to file either remedy ask alike: the causes (of the remedy's own list), the reasons, the request's
 * follow-up key (hidden field {@code clave}) and, for one filed in writing and forwarded, the day it was received.
 *
 * @param <C> the remedy's causes
 */
public abstract class RemedyForm<C extends Enum<C>> {

    private Set<C> causes = new LinkedHashSet<>();
    private String reasons;
    private String clave;
    private String writtenOn;

    public Set<C> getCauses() { return causes; }
    public void setCauses(Set<C> causes) { this.causes = causes == null ? new LinkedHashSet<>() : causes; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getClave() { return clave; }
    public void setClave(String clave) { this.clave = clave; }
    public String getWrittenOn() { return writtenOn; }
    public void setWrittenOn(String writtenOn) { this.writtenOn = writtenOn; }

    /**
     * Where a posted filing goes: refused, the form again with status 400 ({@code page}); filed, the remedy's page with
     * the {@code notice}.
     */
    static <T> String outcome(Optional<T> filed, HttpServletResponse response, Supplier<String> page,
            RedirectAttributes redirect, String notice, Function<T, String> location) {
        if (filed.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + location.apply(filed.get());
    }
}
