package org.riparian.analysis.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.riparian.model.agreement.StorageSchedule;
import org.riparian.model.agreement.Terms;
import org.riparian.model.time.Step;

/** Builds one track: its decade lines from the readings, its cumulative sums and, for deliveries, the attributions. */
final class TrackBuilder {

    private final Readings readings;
    private final List<Step> steps;
    private final String id;
    private final String kind;
    private final String basin;
    private final List<String> parties;
    private final Terms terms;

    TrackBuilder(Readings readings, List<Step> steps, String id, String kind, String basin, List<String> parties, Terms terms) {
        this.readings = readings;
        this.steps = steps;
        this.id = id;
        this.kind = kind;
        this.basin = basin;
        this.parties = parties;
        this.terms = terms;
    }

    /** A withdrawal limit: the sum over its canals at most the per-decade limit, and to date at most the season total. */
    Track ceiling(List<String> canals, Optional<double[]> perStepHm3, Optional<Double> seasonTotalHm3, String description) {
        List<Measure> measures = canals.stream().map(canal -> new Measure(canal, Measure.Kind.WITHDRAWAL)).toList();
        List<DecadeLine> lines = lines(measures, t -> perStepHm3.map(limits -> limits[t]), Status.Bound.AT_MOST);
        Optional<Cumulative> cumulative = Optional.of(perStepHm3.isPresent() || seasonTotalHm3.isEmpty()
                ? cumulative(lines, Status.Bound.AT_MOST)
                : againstTotal(lines, seasonTotalHm3.get()));
        return track(description, canals, Status.Bound.AT_MOST, "hm3", lines, cumulative, List.of());
    }

    /** A delivery across a gauge at least the agreed volume per decade; a short decade is traced upstream. */
    Track delivery(UpstreamTrace trace, String gauge, double[] agreedHm3, String description) {
        List<DecadeLine> lines = lines(List.of(new Measure(gauge, Measure.Kind.DISCHARGE)), t -> Optional.of(agreedHm3[t]), Status.Bound.AT_LEAST);
        List<Attribution> attributions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DecadeLine line = lines.get(i);
            if (line.status().filter(s -> s == Status.BREACHED || s == Status.WITHIN_TOLERANCE).isPresent()) {
                attributions.add(trace.attribute(gauge, steps.get(i), line));
            }
        }
        return track(description, List.of(gauge), Status.Bound.AT_LEAST, "hm3", lines, Optional.of(cumulative(lines, Status.Bound.AT_LEAST)),
                attributions);
    }

    Track releases(String reservoir, double[] scheduledHm3, Status.Bound bound) {
        List<DecadeLine> lines = lines(List.of(new Measure(reservoir, Measure.Kind.RELEASE)), t -> Optional.of(scheduledHm3[t]), bound);
        return track("releases from " + reservoir, List.of(reservoir), bound, "hm3", lines, Optional.of(cumulative(lines, bound)), List.of());
    }

    /** A filling schedule: a target binds in the decade holding its date, against that decade's mean storage. */
    Track storage(StorageSchedule schedule) {
        List<DecadeLine> lines = lines(List.of(new Measure(schedule.reservoir(), Measure.Kind.VOLUME)), t -> target(schedule, t),
                Status.Bound.AT_LEAST);
        return track("storage of " + schedule.reservoir(), List.of(schedule.reservoir()), Status.Bound.AT_LEAST, "hm3 stored", lines,
                Optional.empty(), List.of());
    }

    /** A station followed against the plan alone. */
    Track station(Measure measure) {
        List<DecadeLine> lines = lines(List.of(measure), t -> Optional.empty(), Status.Bound.AT_LEAST);
        boolean stored = measure.kind() == Measure.Kind.VOLUME;
        return track(kind.replace('-', ' ') + " at " + measure.node(), List.of(measure.node()), Status.Bound.AT_LEAST,
                stored ? "hm3 stored" : "hm3", lines, stored ? Optional.empty() : Optional.of(cumulative(lines, Status.Bound.AT_LEAST)),
                List.of());
    }

    private Track track(String description, List<String> measuredAt, Status.Bound bound, String unit, List<DecadeLine> lines,
            Optional<Cumulative> cumulative, List<Attribution> attributions) {
        return new Track(id, kind, basin, description, parties, measuredAt, bound, terms, unit, lines, cumulative, attributions);
    }

    private Optional<Double> target(StorageSchedule schedule, int t) {
        Step step = steps.stream().filter(s -> s.index() == t).findFirst().orElseThrow();
        return schedule.targets().stream().filter(target -> {
            var date = target.by().atYear(step.start().getYear());
            return !date.isBefore(step.start()) && date.isBefore(step.endExclusive());
        }).map(StorageSchedule.Target::atLeastHm3).findFirst();
    }

    /** A minimum of zero asks nothing, so it does not bind; a limit of zero does (nothing may be withdrawn). */
    private List<DecadeLine> lines(List<Measure> measures, IntFunction<Optional<Double>> agreedAt, Status.Bound bound) {
        List<DecadeLine> lines = new ArrayList<>();
        for (Step step : steps) {
            Optional<Double> agreed = (terms.binds(step.start()) ? agreedAt.apply(step.index()) : Optional.<Double>empty())
                    .filter(value -> bound == Status.Bound.AT_MOST || value > 0);
            double planned = measures.stream().mapToDouble(m -> readings.plannedHm3(m, step)).sum();
            List<Optional<Readings.Observation>> seen = measures.stream().map(m -> readings.observed(m, step)).toList();
            boolean complete = !seen.isEmpty() && seen.stream().allMatch(Optional::isPresent);
            Optional<Double> observed = complete ? Optional.of(seen.stream().mapToDouble(o -> o.get().hm3()).sum()) : Optional.empty();
            int days = complete ? seen.stream().mapToInt(o -> o.get().days()).min().orElseThrow() : 0;
            Optional<Status> status = agreed.map(a -> observed.map(o -> Status.of(o, a, bound, terms.toleranceFraction())).orElse(Status.NO_DATA));
            lines.add(new DecadeLine(Compliance.label(step.start()), step.start(), step.days(), agreed, planned, observed, days, status));
        }
        return lines;
    }

    /** Sums over the decades that bind (all, for a station) and were observed. */
    private Cumulative cumulative(List<DecadeLine> lines, Status.Bound bound) {
        boolean agreement = lines.stream().anyMatch(line -> line.agreedHm3().isPresent());
        List<DecadeLine> binding = lines.stream().filter(line -> !agreement || line.agreedHm3().isPresent()).toList();
        List<DecadeLine> compared = binding.stream().filter(line -> line.observedHm3().isPresent()).toList();
        double planned = compared.stream().mapToDouble(DecadeLine::plannedHm3).sum();
        Optional<Double> observed = compared.isEmpty() ? Optional.empty()
                : Optional.of(compared.stream().mapToDouble(line -> line.observedHm3().get()).sum());
        Optional<Double> agreed = agreement && !compared.isEmpty()
                ? Optional.of(compared.stream().mapToDouble(line -> line.agreedHm3().get()).sum()) : Optional.empty();
        Optional<Status> status = agreement ? Optional.of(agreed.flatMap(a -> observed.map(o -> Status.of(o, a, bound, terms.toleranceFraction())))
                .orElse(Status.NO_DATA)) : Optional.empty();
        return new Cumulative(agreed, planned, observed, compared.size(), binding.size() - compared.size(), status);
    }

    /** A season total binds the sum of every observed decade to date, however few. */
    private Cumulative againstTotal(List<DecadeLine> lines, double seasonTotalHm3) {
        List<DecadeLine> compared = lines.stream().filter(line -> line.observedHm3().isPresent()).toList();
        double planned = compared.stream().mapToDouble(DecadeLine::plannedHm3).sum();
        Optional<Double> observed = compared.isEmpty() ? Optional.empty()
                : Optional.of(compared.stream().mapToDouble(line -> line.observedHm3().get()).sum());
        Optional<Status> status = Optional.of(observed.map(o -> Status.of(o, seasonTotalHm3, Status.Bound.AT_MOST, terms.toleranceFraction()))
                .orElse(Status.NO_DATA));
        return new Cumulative(Optional.of(seasonTotalHm3), planned, observed, compared.size(), lines.size() - compared.size(), status);
    }
}
