package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * Errors of the JSON API as RFC 9457 problem details, with a message in the caller's language
 * (Accept-Language: English when asked for, Spanish otherwise) and one entry per bad field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, String>> fields = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message", text(p, locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", messages.getMessage("api.error.invalid", null, locale),
                Map.of("errors", fields));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        List<Map<String, String>> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "code", String.valueOf(f.getCode()),
                        "message", messages.getMessage(f, locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", messages.getMessage("api.error.invalid", null, locale),
                Map.of("errors", fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request",
                messages.getMessage("api.error.body", null, ApiLocale.of(request)), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                messages.getMessage("api.error.mediaType", null, ApiLocale.of(request)), Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        String parameter = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return problem(HttpStatus.BAD_REQUEST, "bad-request",
                messages.getMessage("api.error.parameter", new Object[] {parameter}, locale), Map.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found",
                messages.getMessage("api.error.notFound", null, ApiLocale.of(request)), Map.of());
    }

    private String text(FieldProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail,
            Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("https://apertura.mx/problemas/" + type));
        body.setTitle(status.getReasonPhrase());
        properties.forEach(body::setProperty);
        return ResponseEntity.status(status).body(body);
    }
}
