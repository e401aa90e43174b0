package org.apertura.opendata;

import java.util.function.Supplier;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;

/** Runs service calls in tests as a person holding some authorities (e.g. the DATA_PUBLISHER of an institution). */
public final class OpenDataTestActors {

    private OpenDataTestActors() {
    }

    /** As a data publisher of the institution. */
    public static <T> T publisherOf(String institution, Supplier<T> work) {
        return as(work, Authority.of(Role.DATA_PUBLISHER, institution));
    }

    public static void publisherOf(String institution, Runnable work) {
        as(() -> {
            work.run();
            return null;
        }, Authority.of(Role.DATA_PUBLISHER, institution));
    }

    public static <T> T as(Supplier<T> work, Authority... authorities) {
        return SystemActor.callAs("tester", SystemActor.grants(authorities), work);
    }
}
