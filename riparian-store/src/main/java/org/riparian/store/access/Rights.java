package org.riparian.store.access;

import org.riparian.store.ForbiddenException;
import org.riparian.store.datastream.ProcessingLevel;

/**
 * The write rule of the shared store, in one place: a provider writes only its own country's data below the agreed
 * level; the coordinator writes the agreed level (and the shared observed properties), any country; station telemetry
 * writes raw observations; an admin writes anything; a reader or anonymous caller writes nothing.
 */
public final class Rights {

    private Rights() {
    }

    /** Refuses unless {@code who} may write data of {@code country} at {@code level} (empty level: registry entities). */
    public static void requireWrite(Principal who, String country, ProcessingLevel level, String what) {
        if (!mayWrite(who, country, level)) {
            throw new ForbiddenException(who.name() + " (" + describe(who) + ") may not write " + what + " of "
                    + (country == null ? "the region" : country)
                    + (level == null ? "" : " at the " + level.word() + " level"));
        }
    }

    public static boolean mayWrite(Principal who, String country, ProcessingLevel level) {
        if (who.role().isEmpty()) {
            return false;
        }
        return switch (who.role().get()) {
            case ADMIN -> true;
            case READER -> false;
            case TELEMETRY -> level == ProcessingLevel.RAW;
            case COORDINATOR -> level == ProcessingLevel.AGREED || (country == null && level == null);
            case PROVIDER -> country != null && who.country().filter(country::equals).isPresent()
                    && level != ProcessingLevel.AGREED;
        };
    }

    /** Only an admin manages tokens. */
    public static void requireAdmin(Principal who) {
        if (!who.is(Role.ADMIN)) {
            throw new ForbiddenException(who.name() + " (" + describe(who) + ") may not manage tokens; only an admin may");
        }
    }

    private static String describe(Principal who) {
        return who.role().map(role -> role.word() + who.country().map(c -> " of " + c).orElse("")).orElse("no token");
    }
}
