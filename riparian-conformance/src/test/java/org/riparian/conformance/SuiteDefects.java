package org.riparian.conformance;

import java.util.List;
import java.util.Optional;

/**
 * Failures that are the suite's own defects, not Riparian's, each with its evidence. The build tolerates exactly these
 * (the test's name and the start of its message), and fails if one of them stops failing, so the list stays true.
 */
final class SuiteDefects {

    /** One known defect: the suite's test method, how its message starts, and why it is the suite's fault. */
    record Defect(String method, String messageStart, String why) {

        boolean matches(Outcome outcome) {
            return outcome.method().equals(method) && outcome.message().startsWith(messageStart);
        }
    }

    /**
     * checkQueriesPriorityOrdering posts results as JSON numbers (1 to 12), then reads the one it finds with
     * {@code JSONObject.getString("result")}. The org.json that the suite itself pins (20240303, through ets-common 14)
     * throws on any non-string value, so the check passes only for a service that turns numbers into strings. Riparian
     * returns the number as sent; the count and the value the check is after (6 of 6) are right, as the test of the
     * same query in riparian-server (FilteringExtensionTest) shows.
     */
    static final List<Defect> KNOWN = List.of(new Defect("checkQueriesPriorityOrdering",
            "An Exception occurred during testing!: JSONObject[\"result\"] is not a string (class java.lang.Integer : 6)",
            "reads a numeric result with getString"));

    private SuiteDefects() {
    }

    static boolean known(Outcome outcome) {
        return of(outcome).isPresent();
    }

    static Optional<Defect> of(Outcome outcome) {
        return KNOWN.stream().filter(defect -> defect.matches(outcome)).findFirst();
    }
}
