package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apertura.platform.storage.FileSizes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file over the upload limit, on any form: 413 and a page that says the limit in words; nothing was saved. */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("uploadLimit", e.getMaxUploadSize() > 0 ? FileSizes.inWords(e.getMaxUploadSize()) : null);
        return "error/413";
    }
}
