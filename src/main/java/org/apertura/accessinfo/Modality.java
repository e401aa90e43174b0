package org.apertura.accessinfo;

/** The preferred modality of access (LGTAIP 2025 art. 126 fr. III and art. 135). */
public enum Modality {
    ELECTRONIC, SIMPLE_COPY, CERTIFIED_COPY, DIRECT_CONSULTATION, VERBAL_GUIDANCE
}
