package org.riparian.server.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;

/** Every decade line of a report, one row each; a missing value is an empty cell, never 0. */
public final class ComplianceCsv {

    private static final String HEADER = "track,kind,measured_at,decade,days,agreed_hm3,planned_hm3,observed_hm3,days_observed,"
            + "against_agreed_hm3,against_agreed_percent,against_plan_hm3,against_plan_percent,status,synthetic\n";

    private ComplianceCsv() {
    }

    public static String of(ComplianceReport report) {
        StringBuilder csv = new StringBuilder(HEADER);
        Stream.of(report.agreements(), report.canals(), report.reservoirs()).flatMap(List::stream)
                .forEach(track -> track.decades().forEach(line -> row(csv, track, line, report.synthetic())));
        return csv.toString();
    }

    private static void row(StringBuilder csv, Track track, DecadeLine line, boolean synthetic) {
        csv.append(String.join(",", track.id(), track.kind(), String.join(" ", track.measuredAt()), line.decade(),
                Integer.toString(line.days()), cell(line.agreedHm3()), number(line.plannedHm3()), cell(line.observedHm3()),
                Integer.toString(line.daysObserved()), cell(line.againstAgreedHm3()), cell(line.againstAgreedPercent()),
                cell(line.againstPlanHm3()), cell(line.againstPlanPercent()), line.status().map(Status::words).orElse(""),
                Boolean.toString(synthetic))).append('\n');
    }

    static String cell(Optional<Double> value) {
        return value.map(ComplianceCsv::number).orElse("");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
