package org.riparian.model.series;

import java.time.LocalDate;
import java.util.Arrays;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/** A mean flow for each calendar month (January first), repeated every year; m³/s. */
public record MonthlyProfile(double[] flowsM3s) implements Series {

    public MonthlyProfile {
        if (flowsM3s.length != 12) {
            throw new IllegalArgumentException("a monthly profile needs 12 values (January to December), got " + flowsM3s.length);
        }
        for (int month = 0; month < 12; month++) {
            if (!Double.isFinite(flowsM3s[month]) || flowsM3s[month] < 0) {
                throw new IllegalArgumentException("monthly value " + (month + 1) + " is " + flowsM3s[month]
                        + ", expected a finite number >= 0");
            }
        }
        flowsM3s = flowsM3s.clone();
    }

    public static MonthlyProfile constant(double flowM3s) {
        double[] flows = new double[12];
        Arrays.fill(flows, flowM3s);
        return new MonthlyProfile(flows);
    }

    public double flowM3s(int month) {
        return flowsM3s[month - 1];
    }

    @Override
    public double[] flowsM3s() {
        return flowsM3s.clone();
    }

    @Override
    public double[] volumesHm3(TimeAxis axis) {
        double[] volumes = new double[axis.size()];
        for (Step step : axis.steps()) {
            volumes[step.index()] = volumeHm3(step.start(), step.endExclusive());
        }
        return volumes;
    }

    private double volumeHm3(LocalDate from, LocalDate toExclusive) {
        double volume = 0;
        LocalDate day = from;
        while (day.isBefore(toExclusive)) {
            LocalDate monthEnd = day.withDayOfMonth(1).plusMonths(1);
            LocalDate pieceEnd = monthEnd.isBefore(toExclusive) ? monthEnd : toExclusive;
            volume += Volumes.hm3FromM3s(flowsM3s[day.getMonthValue() - 1], pieceEnd.toEpochDay() - day.toEpochDay());
            day = pieceEnd;
        }
        return volume;
    }

    @Override
    public boolean covers(TimeAxis axis) {
        return true;
    }

    @Override
    public MonthlyProfile scaled(double factor) {
        double[] flows = flowsM3s.clone();
        for (int month = 0; month < 12; month++) {
            flows[month] *= factor;
        }
        return new MonthlyProfile(flows);
    }

    @Override
    public MonthlyProfile scaledByMonth(double[] factors) {
        double[] flows = flowsM3s.clone();
        for (int month = 0; month < 12; month++) {
            flows[month] *= factors[month];
        }
        return new MonthlyProfile(flows);
    }

    /** Annual volume, km³ (a plausibility figure for reports). */
    public double annualVolumeKm3(int year) {
        return Arrays.stream(volumesHm3(TimeAxis.of(org.riparian.model.time.StepKind.MONTH,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))).sum() / 1000.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonthlyProfile profile && Arrays.equals(flowsM3s, profile.flowsM3s);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(flowsM3s);
    }

    @Override
    public String toString() {
        return "MonthlyProfile" + Arrays.toString(flowsM3s) + " m3/s";
    }
}
