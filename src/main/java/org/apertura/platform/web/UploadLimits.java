package org.apertura.platform.web;

import org.apertura.platform.PlatformProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The size of files a form may upload, per path. The servlet container takes files up to the largest any module
 * declares ({@link LargeUpload}, spring.servlet.multipart.*), written to disk as they arrive; this resolver holds every
 * other form to {@code apertura.upload.max-file} (12 MB by default), refusing before reading when the declared length
 * says so and after parsing when a file is larger, so no form that reads its file into memory ever gets a large one.
 * A refusal is {@link MaxUploadSizeExceededException} with the limit, shown in words ({@link UploadTooLarge}).
 */
@Component("multipartResolver")
class UploadLimits extends StandardServletMultipartResolver {

    private static final long FORM_MARGIN = 1L << 20;

    private final long defaultMax;
    private final ObjectProvider<LargeUpload> larger;

    UploadLimits(PlatformProperties settings, ObjectProvider<LargeUpload> larger) {
        this.defaultMax = settings.upload().maxFile().toBytes();
        this.larger = larger;
    }

    /** The largest file a form at this request's path may upload. */
    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return larger.orderedStream().filter(l -> path.startsWith(l.pathPrefix())).mapToLong(LargeUpload::maxBytes)
                .max().orElse(defaultMax);
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit + FORM_MARGIN) {
            throw new MaxUploadSizeExceededException(limit);
        }
        MultipartHttpServletRequest parsed = super.resolveMultipart(request);
        if (parsed.getMultiFileMap().values().stream().flatMap(java.util.List::stream)
                .anyMatch(f -> f.getSize() > limit)) {
            cleanupMultipart(parsed);
            throw new MaxUploadSizeExceededException(limit);
        }
        return parsed;
    }
}
