package org.apertura.accessinfo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of an answer. An original that holds classified parts stays private; its public version (redaction
 * burnt in, each redaction with its legal basis, arts. 120–122) and plain attachments are public.
 */
@Entity
@Table(name = "request_file")
public class RequestFile {

    /** What the file is. */
    public enum Kind {
        /** The unredacted original: never public. */
        ORIGINAL,
        /** The public version of an original. */
        PUBLIC_VERSION,
        /** A file delivered as it is. */
        ATTACHMENT;

        public boolean isPublic() {
            return this != ORIGINAL;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private Long originalId;
    private String bases;
    private int redactions;
    private Instant createdAt;

    protected RequestFile() {
    }

    RequestFile(Long requestId, Kind kind, String fileName, String contentType, long sizeBytes, String sha256,
            Long originalId, String bases, int redactions, Instant createdAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.originalId = originalId;
        this.bases = bases;
        this.redactions = redactions;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getOriginalId() {
        return originalId;
    }

    /** The legal bases of the redactions, one per line. */
    public String getBases() {
        return bases;
    }

    public int getRedactions() {
        return redactions;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
