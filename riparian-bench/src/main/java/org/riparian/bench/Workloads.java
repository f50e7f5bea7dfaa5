package org.riparian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.synthetic.SyntheticBasin;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.network.Network;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/** The networks and time axes every benchmark runs, so JMH and the harness measure the same work. */
public final class Workloads {

    /** Seed of the synthetic networks: the same network for the same size on every machine. */
    public static final long SEED = 20261123L;
    public static final int[] SYNTHETIC_SIZES = {60, 250, 1000};
    public static final int YEAR = 2026;

    private Workloads() {
    }

    /** The shipped Aral basin with its own hydrology and no scenario. */
    public static Network aral() {
        return AralBasin.load().prepare(Optional.empty(), List.of());
    }

    /** The 36 decades of the hydrological year 1 Oct 2026 – 30 Sep 2027. */
    public static TimeAxis decadeYear() {
        return TimeAxis.of(StepKind.DECADE, Season.hydrologicalYear(YEAR));
    }

    /** The 365 days of the hydrological year 1 Oct 2026 – 30 Sep 2027. */
    public static TimeAxis dailyYear() {
        return TimeAxis.of(StepKind.DAY, Season.hydrologicalYear(YEAR));
    }

    public static Network synthetic(int size) {
        return SyntheticBasin.generate(size, SEED);
    }

    /** Every case of the harness: the Aral decade year, then each synthetic size × 365 days, each on GLOP and CLP. */
    public static List<BenchCase> all() {
        List<BenchCase> cases = new ArrayList<>();
        Network aral = aral();
        for (SolverKind solver : SolverKind.values()) {
            cases.add(new BenchCase("aral-decade-year", 0, solver, aral, decadeYear()));
        }
        for (int size : SYNTHETIC_SIZES) {
            Network network = synthetic(size);
            for (SolverKind solver : SolverKind.values()) {
                cases.add(new BenchCase("synthetic-" + size + "-daily", size, solver, network, dailyYear()));
            }
        }
        return cases;
    }
}
