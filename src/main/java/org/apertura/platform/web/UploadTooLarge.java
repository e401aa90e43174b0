package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apertura.platform.storage.FileSizes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit, on any form: 413 and a page that says the limit in words; on the API, the same as a
 * problem detail in the caller's language. Nothing was saved.
 */
@ControllerAdvice
class UploadTooLarge {

    private final MessageSource messages;

    UploadTooLarge(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        String limit = e.getMaxUploadSize() > 0 ? FileSizes.inWords(e.getMaxUploadSize()) : null;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var locale = ApiLocale.of(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    limit == null ? messages.getMessage("error.413.title", null, locale)
                            : messages.getMessage("error.413.text", new Object[] {limit}, locale));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        response.setStatus(413);
        ModelAndView page = new ModelAndView("error/413");
        page.addObject("uploadLimit", limit);
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
