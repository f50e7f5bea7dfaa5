package org.riparian.model.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ordered steps of a run, contiguous from {@link #start()} to {@link #endExclusive()}. */
public record TimeAxis(StepKind kind, List<Step> steps) {

    public TimeAxis {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a time axis needs at least one step");
        }
    }

    /** Steps of the given kind covering {@code [from, toExclusive)}; {@code from} must start a step of that kind. */
    public static TimeAxis of(StepKind kind, LocalDate from, LocalDate toExclusive) {
        if (!kind.startsOn(from)) {
            throw new IllegalArgumentException(from + " does not start a " + kind.name().toLowerCase() + " step");
        }
        List<Step> steps = new ArrayList<>();
        LocalDate start = from;
        while (start.isBefore(toExclusive)) {
            LocalDate next = kind.next(start);
            steps.add(new Step(steps.size(), kind, start, next));
            start = next;
        }
        return new TimeAxis(kind, steps);
    }

    public static TimeAxis of(StepKind kind, Season season) {
        return of(kind, season.start(), season.endExclusive());
    }

    public int size() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public LocalDate start() {
        return steps.get(0).start();
    }

    public LocalDate endExclusive() {
        return steps.get(steps.size() - 1).endExclusive();
    }
}
