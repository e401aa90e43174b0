package org.apertura.archives;

import java.util.List;

/** A transfer or disposal was refused because files are held: each file and its hold; nothing changed. */
public class HeldFilesException extends RuntimeException {

    private final transient List<HeldFile> held;

    public HeldFilesException(List<HeldFile> held) {
        super(held.size() + " holds", null, false, false);
        this.held = List.copyOf(held);
    }

    public List<HeldFile> held() {
        return held;
    }
}
