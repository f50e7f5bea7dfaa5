package org.riparian.engine.planning;

import java.util.Map;
import java.util.Set;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;

/**
 * How a season is optimised: the LP backend, what the reservoirs must hold at the end, and when successive linear
 * programming stops: no end-of-step storage moved more than {@code tolerance} of its reservoir's live storage since
 * the previous iteration, or the iteration cap. The benefits counted and any storage paths fixed beforehand set the
 * point of view: the whole basin by default, one country acting alone in the water-for-energy comparison.
 */
public record PlanningOptions(SolverKind solver, EndStorage endStorage, int maxIterations, double tolerance,
        Set<String> beneficiaries, Map<String, double[]> fixedEndStorageHm3, Map<String, double[]> storageFloorsHm3) {

    public PlanningOptions {
        beneficiaries = Set.copyOf(beneficiaries);
        fixedEndStorageHm3 = Map.copyOf(fixedEndStorageHm3);
        storageFloorsHm3 = Map.copyOf(storageFloorsHm3);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one iteration is needed, got " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("the storage tolerance must be a share of live storage in (0, 1), got " + tolerance);
        }
    }

    /**
     * CLP, whose simplex updates a changed matrix in place: the season LP changes its energy coefficients every
     * iteration, and on the Syr Darya go-alone case GLOP ended ABNORMAL where CLP solved. Tolerance 0.5% of live
     * storage: for Toktogul 70 hm³ of 14 km³, well inside what its level–storage table is known to.
     */
    public static PlanningOptions defaults() {
        return new PlanningOptions(SolverKind.CLP, EndStorage.INITIAL, 20, 5e-3, Set.of(), Map.of(), Map.of());
    }

    public PlanningOptions withEndStorage(EndStorage end) {
        return new PlanningOptions(solver, end, maxIterations, tolerance, beneficiaries, fixedEndStorageHm3, storageFloorsHm3);
    }

    public PlanningOptions withSolver(SolverKind kind) {
        return new PlanningOptions(kind, endStorage, maxIterations, tolerance, beneficiaries, fixedEndStorageHm3, storageFloorsHm3);
    }

    /** Only these countries' benefits count (all when empty): a country operating its reservoirs for itself. */
    public PlanningOptions countingOnly(Set<String> countries) {
        return new PlanningOptions(solver, endStorage, maxIterations, tolerance, countries, fixedEndStorageHm3, storageFloorsHm3);
    }

    /**
     * Least end-of-step storage per reservoir id (hm³ per step, 0 where there is none): an agreement to fill a
     * reservoir by a date.
     */
    public PlanningOptions withStorageFloors(Map<String, double[]> floors) {
        return new PlanningOptions(solver, endStorage, maxIterations, tolerance, beneficiaries, fixedEndStorageHm3, floors);
    }

    /** Reservoirs held to end-of-step storage paths decided before (hm³ per step, by reservoir id). */
    public PlanningOptions withFixedStorage(Map<String, double[]> paths) {
        return new PlanningOptions(solver, endStorage, maxIterations, tolerance, beneficiaries, paths, storageFloorsHm3);
    }
}
