package org.riparian.server.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.riparian.analysis.compliance.Compliance;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.time.DecadeCalendar;
import org.riparian.model.time.Season;
import org.riparian.store.NotFoundException;
import org.riparian.store.Store;

/** One compliance question put to the store: a season, through which decade, with the data as held at which instant. */
public record ComplianceRun(Season season, LocalDate throughDecade, Instant asOf) {

    /** Decades are cut in UTC: the store's phenomenon times are instants, and the seeded stations report at midnight UTC. */
    public static final ZoneOffset CALENDAR = ZoneOffset.UTC;

    /** The most recent vegetation season that has started by {@code today}: what a bulletin is about by default. */
    public static Season defaultSeason(LocalDate today) {
        return Season.vegetation(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
    }

    /** {@code 2026-07-2}: the decade's first day; anything else is refused naming the expected form. */
    public static LocalDate decade(String text) {
        return DecadeCalendar.parse(text);
    }

    /** A date {@code 2026-08-15} means the end of that day (UTC); an instant {@code 2026-08-15T06:00:00Z} is taken as it is. */
    public static Instant asOf(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(CALENDAR).minusMillis(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("as-of '" + text + "' is not a date such as 2026-08-15 or an instant such as 2026-08-15T06:00:00Z");
        }
    }

    /** The season holding a decade: vegetation for April to September, else the non-vegetation season around it. */
    public static Season seasonOf(LocalDate decade) {
        int month = decade.getMonthValue();
        if (month >= 4 && month <= 9) {
            return Season.vegetation(decade.getYear());
        }
        return Season.nonVegetation(month >= 10 ? decade.getYear() : decade.getYear() - 1);
    }

    /** The last decade of the season that has started by {@code date}, or the season's last decade once it is over. */
    public static LocalDate lastDecade(Season season, LocalDate date) {
        LocalDate last = season.endExclusive().minusDays(1);
        return date.isAfter(last) ? last : date;
    }

    /**
     * The report holding {@code agreements} (the book's: the basin file's with the stored ones on top); refused when the
     * store holds no observation of the season to date, so an empty store never reads as compliant.
     */
    public ComplianceReport report(Store store, ApprovedPlans plans, List<Agreement> agreements) {
        if (throughDecade.isBefore(season.start())) {
            throw new NotFoundException("the season " + season.label() + " starts on " + season.start() + ", after " + throughDecade
                    + ": there is nothing to report yet");
        }
        ComplianceReport report = Compliance.of(season.label(), plans.of(season, agreements), new StoredObservations(store, asOf, CALENDAR),
                throughDecade);
        if (!report.anyObserved()) {
            throw new NotFoundException("the store holds no observation of the season " + season.label() + " through decade "
                    + report.throughDecade() + " (as of " + asOf + "): there is nothing to hold the agreements against");
        }
        return report;
    }
}
