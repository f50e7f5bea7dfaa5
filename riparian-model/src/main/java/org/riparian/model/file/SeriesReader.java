package org.riparian.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.MonthlyProfile;
import org.riparian.model.series.Series;
import org.riparian.model.time.StepKind;

/** Reads the three forms of a series (monthly, csv, dated) into the series types, converting units at load. */
final class SeriesReader {

    private static final List<String> FORMS = List.of("monthly", "csv", "dated");
    private static final String EXPECTED = "a series: one of monthly:, csv: or dated:";

    private final SeriesFiles files;

    SeriesReader(SeriesFiles files) {
        this.files = files;
    }

    Optional<Series> series(Field at) {
        return form(at).flatMap(form -> switch (form.key()) {
            case "monthly" -> monthly(form).map(Series.class::cast);
            case "csv" -> csv(form).map(Series.class::cast);
            default -> dated(form).map(Series.class::cast);
        });
    }

    /** For fields the engine holds as a yearly profile (minimum flows, agreed flows): only {@code monthly:} will do. */
    Optional<MonthlyProfile> monthlyProfile(Field at) {
        return form(at).flatMap(form -> {
            if (!form.key().equals("monthly")) {
                form.problem("is not allowed here, expected a monthly: series (a profile repeated every year)");
                return Optional.empty();
            }
            return monthly(form);
        });
    }

    private Optional<Field> form(Field at) {
        if (!at.allowOnly(FORMS, EXPECTED)) {
            return Optional.empty();
        }
        List<Field> given = FORMS.stream().flatMap(key -> at.optional(key).stream()).toList();
        if (given.size() != 1) {
            at.problem("gives " + given.size() + " series forms, expected exactly one of monthly:, csv: or dated:");
            return Optional.empty();
        }
        return Optional.of(given.get(0));
    }

    /**
     * Twelve values, January first. A volume per month becomes the mean flow over that month's days in a non-leap
     * year, so a leap-year February carries 29/28 of the stated volume (the flow, not the volume, is what repeats).
     */
    private Optional<MonthlyProfile> monthly(Field form) {
        int before = form.problems().count();
        form.allowOnly(List.of("unit", "values"), "a mapping with unit: and values:");
        SeriesUnit unit = SeriesUnit.read(form.required("unit", SeriesUnit.EXPECTED));
        double[] values = Tables.values(form.required("values", "12 numbers, January to December"), 12, 1, unit.dimension());
        if (form.problems().count() > before) {
            return Optional.empty();
        }
        double[] flows = new double[12];
        for (int month = 1; month <= 12; month++) {
            flows[month - 1] = unit.flowM3s(values[month - 1], Month.of(month).length(false));
        }
        return form.build(() -> new MonthlyProfile(flows));
    }

    private Optional<DatedVolumes> dated(Field form) {
        int before = form.problems().count();
        form.allowOnly(List.of("start", "step", "unit", "values"), "a mapping with start:, step:, unit: and values:");
        StepKind step = step(form.required("step", "day, decade or month"));
        LocalDate start = date(form.required("start", "a date such as 2026-04-01"), step);
        SeriesUnit unit = SeriesUnit.read(form.required("unit", SeriesUnit.EXPECTED));
        double[] values = Tables.values(form.required("values", "a list of numbers"), -1, 1, unit.dimension());
        if (form.problems().count() > before) {
            return Optional.empty();
        }
        List<DatedVolumes.Period> periods = new ArrayList<>(values.length);
        LocalDate periodStart = start;
        for (double value : values) {
            LocalDate next = step.next(periodStart);
            periods.add(new DatedVolumes.Period(periodStart, next, unit.volumeHm3(value, next.toEpochDay() - periodStart.toEpochDay())));
            periodStart = next;
        }
        return form.build(() -> new DatedVolumes(periods));
    }

    private Optional<DatedVolumes> csv(Field form) {
        int before = form.problems().count();
        form.allowOnly(List.of("file", "unit", "step", "date_column", "value_column"),
                "a mapping with file:, unit:, step:, value_column: and optionally date_column:");
        Field file = form.required("file", "a CSV file name relative to the basin file");
        String name = file.text("a CSV file name relative to the basin file");
        StepKind step = step(form.required("step", "day, decade or month"));
        SeriesUnit unit = SeriesUnit.read(form.required("unit", SeriesUnit.EXPECTED));
        String dateColumn = form.optional("date_column").map(f -> f.text("a column name")).orElse("date");
        String valueColumn = form.required("value_column", "the name of the column holding the values").text("a column name");
        if (form.problems().count() > before) {
            return Optional.empty();
        }
        CsvSeries columns = new CsvSeries(name, dateColumn, valueColumn, step, unit);
        try (InputStream in = files.open(name)) {
            return columns.read(in, form.problems());
        } catch (IOException e) {
            file.problem("cannot read '" + name + "' (" + e.getMessage() + "), expected a CSV file beside the basin file");
            return Optional.empty();
        }
    }

    private static StepKind step(Field field) {
        String text = field.text("day, decade or month");
        return text.isEmpty() ? StepKind.MONTH : field.parsed(() -> StepKind.parse(text), StepKind.MONTH);
    }

    private static LocalDate date(Field field, StepKind step) {
        String text = field.text("a date such as 2026-04-01");
        LocalDate date = text.isEmpty() ? LocalDate.EPOCH : field.parsed(() -> parseDate(text), LocalDate.EPOCH);
        if (!field.isAbsent() && !text.isEmpty() && !step.startsOn(date)) {
            field.problem(date + " does not start a " + step.name().toLowerCase() + ", expected the first day of one");
        }
        return date;
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date, expected YYYY-MM-DD such as 2026-04-01");
        }
    }
}
