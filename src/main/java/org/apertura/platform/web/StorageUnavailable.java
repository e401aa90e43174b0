package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apertura.platform.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The file store failed while a request needed it (issue 19, fault 5: the directory read-only or full, the S3 server
 * stopped): {@code 503} with {@code Retry-After}, a page that says the file could not be kept and nothing was saved,
 * or the same as a problem detail in the caller's language on the API. The transaction of the request rolled back
 * with the failure, so no record names a file that is not there ({@code StorageFaultTest}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailable.class);

    private final MessageSource messages;

    StorageUnavailable(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StorageUnavailableException.class)
    Object unavailable(StorageUnavailableException e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("File store unavailable, answered 503: {}", e.getMessage());
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage("error.storage.text", null, ApiLocale.of(request)));
            problem.setTitle(messages.getMessage("error.storage.title", null, ApiLocale.of(request)));
            problem.setProperty("requestId", RequestIds.idOf(request));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        ModelAndView page = new ModelAndView("error/storage");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
