package org.riparian.server.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.compliance.DecadeLine;
import org.riparian.analysis.compliance.EnergyTrack;
import org.riparian.analysis.compliance.MonthLine;
import org.riparian.analysis.compliance.Status;
import org.riparian.analysis.compliance.Track;

/**
 * Every decade line of a report, one row each, then every month to date of each energy delivery (its period a month
 * such as 2026-07, its days those to date, its values in the _gwh columns and the hm3 ones empty); a missing value is
 * an empty cell, never 0.
 */
public final class ComplianceCsv {

    private static final String HEADER = "track,kind,basin,measured_at,period,days,agreed_hm3,planned_hm3,observed_hm3,days_observed,"
            + "against_agreed_hm3,against_agreed_percent,against_plan_hm3,against_plan_percent,agreed_gwh,observed_gwh,against_agreed_gwh,"
            + "status,synthetic\n";

    private ComplianceCsv() {
    }

    public static String of(ComplianceReport report) {
        StringBuilder csv = new StringBuilder(HEADER);
        Stream.of(report.agreements(), report.canals(), report.reservoirs()).flatMap(List::stream)
                .forEach(track -> track.decades().forEach(line -> row(csv, track, line, report.synthetic())));
        report.energy().forEach(track -> track.months().forEach(line -> row(csv, track, line, report.synthetic())));
        return csv.toString();
    }

    private static void row(StringBuilder csv, Track track, DecadeLine line, boolean synthetic) {
        csv.append(String.join(",", track.id(), track.kind(), track.basin(), String.join(" ", track.measuredAt()), line.decade(),
                Integer.toString(line.days()), cell(line.agreedHm3()), number(line.plannedHm3()), cell(line.observedHm3()),
                Integer.toString(line.daysObserved()), cell(line.againstAgreedHm3()), cell(line.againstAgreedPercent()),
                cell(line.againstPlanHm3()), cell(line.againstPlanPercent()), "", "", "", line.status().map(Status::words).orElse(""),
                Boolean.toString(synthetic))).append('\n');
    }

    private static void row(StringBuilder csv, EnergyTrack track, MonthLine line, boolean synthetic) {
        csv.append(String.join(",", track.id(), "energy-delivery", track.basin(), track.measuredAt(), line.month(),
                Integer.toString(line.daysToDate()), "", "", "", number(line.daysObserved()), "", cell(line.againstAgreedPercent()), "", "",
                cell(line.agreedGwh()), cell(line.observedGwh()), cell(line.againstAgreedGwh()), line.status().map(Status::words).orElse(""),
                Boolean.toString(synthetic))).append('\n');
    }

    static String cell(Optional<Double> value) {
        return value.map(ComplianceCsv::number).orElse("");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
