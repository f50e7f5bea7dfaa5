package org.riparian.engine.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * OR-Tools' MPSolver as a {@link LinearSolver}. Presolve is off so that, between steps, the simplex restarts from the
 * previous basis instead of a presolved copy of the model (warm start).
 *
 * <p>Two defects of warm starts through OR-Tools 9.14 are worked around here, both found by the engine's property
 * tests: CLP can ignore a matrix coefficient changed after a solve and report a wrong optimum, so a changed matrix is
 * re-extracted from scratch; and GLOP, after many bound changes, can end a warm start ABNORMAL on a sound model, so a
 * warm solve that does not end optimal is repeated once from scratch before its status is believed.
 */
final class OrToolsSolver implements LinearSolver {

    private static final Object NATIVE_LOCK = new Object();
    private static volatile boolean nativeLoaded;

    private final MPSolver solver;
    private final MPObjective objective;
    private final MPSolverParameters parameters;
    private final boolean mixedInteger;
    private final List<MPVariable> columns = new ArrayList<>();
    private final List<MPConstraint> rows = new ArrayList<>();
    /** Bounds and costs as last given, so an unchanged value costs no call into the native library. */
    private final Values columnLower = new Values();
    private final Values columnUpper = new Values();
    private final Values costs = new Values();
    private final Values rowLower = new Values();
    private final Values rowUpper = new Values();
    private long solveNanos;
    private boolean solvedBefore;
    private boolean matrixChanged;
    /** Solution copied out at each solve: OR-Tools forgets it as soon as a bound changes. */
    private double[] solution = new double[0];
    private double objectiveValue;

    OrToolsSolver(SolverKind kind) {
        loadNativeLibrary();
        solver = MPSolver.createSolver(kind.orToolsId());
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + kind + " backend on this platform");
        }
        mixedInteger = kind.mixedInteger();
        objective = solver.objective();
        objective.setMinimization();
        parameters = new MPSolverParameters();
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
                MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
                MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
    }

    /** The native library is loaded once per JVM; loading it takes a few hundred milliseconds. */
    private static void loadNativeLibrary() {
        if (!nativeLoaded) {
            synchronized (NATIVE_LOCK) {
                if (!nativeLoaded) {
                    Loader.loadNativeLibraries();
                    nativeLoaded = true;
                }
            }
        }
    }

    @Override
    public int addColumn(String name, double lower, double upper) {
        return keepColumn(solver.makeNumVar(lower, upper, name), lower, upper);
    }

    @Override
    public int addIntegerColumn(String name, double lower, double upper) {
        if (!mixedInteger) {
            return LinearSolver.super.addIntegerColumn(name, lower, upper);
        }
        return keepColumn(solver.makeIntVar(lower, upper, name), lower, upper);
    }

    /** Keeps a column just made with its bounds and no cost yet; its index is its place in the model. */
    private int keepColumn(MPVariable column, double lower, double upper) {
        columns.add(column);
        columnLower.add(lower);
        columnUpper.add(upper);
        costs.add(0);
        return columns.size() - 1;
    }

    @Override
    public boolean supportsIntegers() {
        return mixedInteger;
    }

    @Override
    public int addRow(String name, double lower, double upper) {
        rows.add(solver.makeConstraint(lower, upper, name));
        rowLower.add(lower);
        rowUpper.add(upper);
        return rows.size() - 1;
    }

    @Override
    public void setCoefficient(int row, int column, double value) {
        rows.get(row).setCoefficient(columns.get(column), value);
        matrixChanged |= solvedBefore;
    }

    @Override
    public void addCoefficient(int row, int column, double value) {
        // through setCoefficient, so a change after a solve is re-extracted like any other (see the class comment)
        setCoefficient(row, column, rows.get(row).getCoefficient(columns.get(column)) + value);
    }

    @Override
    public void setColumnBounds(int column, double lower, double upper) {
        if (columnLower.replace(column, lower) | columnUpper.replace(column, upper)) {
            columns.get(column).setBounds(lower, upper);
        }
    }

    @Override
    public void setRowBounds(int row, double lower, double upper) {
        if (rowLower.replace(row, lower) | rowUpper.replace(row, upper)) {
            rows.get(row).setBounds(lower, upper);
        }
    }

    @Override
    public void setCost(int column, double cost) {
        if (costs.replace(column, cost)) {
            objective.setCoefficient(columns.get(column), cost);
        }
    }

    @Override
    public SolveStatus solve() {
        if (matrixChanged) {
            solver.reset();
            matrixChanged = false;
        }
        MPSolver.ResultStatus status = timedSolve();
        if (status != MPSolver.ResultStatus.OPTIMAL && solvedBefore) {
            solver.reset();
            status = timedSolve();
        }
        solvedBefore = true;
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            keepSolution();
        } else if (!mixedInteger && secondOpinion()) {
            status = MPSolver.ResultStatus.OPTIMAL;
        }
        return switch (status) {
            case OPTIMAL -> SolveStatus.OPTIMAL;
            case INFEASIBLE -> SolveStatus.INFEASIBLE;
            case UNBOUNDED -> SolveStatus.UNBOUNDED;
            default -> SolveStatus.FAILED;
        };
    }

    private MPSolver.ResultStatus timedSolve() {
        long start = System.nanoTime();
        MPSolver.ResultStatus status = solver.solve(parameters);
        solveNanos += System.nanoTime() - start;
        return status;
    }

    /**
     * Before a step is declared infeasible, the same model is solved afresh by CLP with presolve: on random networks
     * that are feasible by construction GLOP (9.14, presolve off) now and then reports INFEASIBLE where CLP solves.
     * Returns whether the second solve was optimal, its solution kept.
     */
    private boolean secondOpinion() {
        MPSolver fresh = MPSolver.createSolver("CLP");
        try {
            if (fresh == null || !fresh.loadModelFromProto(solver.exportModelToProto()).isEmpty()) {
                return false;
            }
            long start = System.nanoTime();
            MPSolver.ResultStatus status = fresh.solve();
            solveNanos += System.nanoTime() - start;
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return false;
            }
            MPVariable[] variables = fresh.variables();
            solution = new double[variables.length];
            for (int c = 0; c < variables.length; c++) {
                solution[c] = variables[c].solutionValue();
            }
            objectiveValue = fresh.objective().value();
            return true;
        } finally {
            if (fresh != null) {
                fresh.delete();
            }
        }
    }

    private void keepSolution() {
        if (solution.length != columns.size()) {
            solution = new double[columns.size()];
        }
        for (int c = 0; c < solution.length; c++) {
            solution[c] = columns.get(c).solutionValue();
        }
        objectiveValue = objective.value();
    }

    @Override
    public double value(int column) {
        return solution[column];
    }

    @Override
    public double objectiveValue() {
        return objectiveValue;
    }

    @Override
    public String columnName(int column) {
        return columns.get(column).name();
    }

    @Override
    public String rowName(int row) {
        return rows.get(row).name();
    }

    @Override
    public int columnCount() {
        return columns.size();
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public String toLpFormat() {
        return LpText.of(solver.exportModelToProto());
    }

    @Override
    public long solveNanos() {
        return solveNanos;
    }

    @Override
    public void close() {
        solver.delete();
    }

    /** A growable array of doubles that says whether a write changed the value. */
    private static final class Values {
        private double[] values = new double[64];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        boolean replace(int index, double value) {
            if (Double.compare(values[index], value) == 0) {
                return false;
            }
            values[index] = value;
            return true;
        }
    }
}
