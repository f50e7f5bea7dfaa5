package org.riparian.engine.lp;

/**
 * A linear program that is built once and then re-solved with changed bounds and costs, so a backend can warm-start
 * from its previous basis. Minimises. Columns and rows carry readable names ({@code flow[naryn->toktogul]},
 * {@code balance[toktogul]}) so an exported model can be read by a person.
 */
public interface LinearSolver extends AutoCloseable {

    int addColumn(String name, double lower, double upper);

    /**
     * An integer column, for the few mixed-integer programs (mutual exclusivity of links). Only a backend that
     * {@link #supportsIntegers() supports integers} accepts one; an LP backend refuses it rather than relax it silently.
     */
    default int addIntegerColumn(String name, double lower, double upper) {
        throw new UnsupportedOperationException("the LP backend cannot hold integer column " + name
                + "; use a mixed-integer backend (cbc)");
    }

    /** Whether {@link #addIntegerColumn} works with this backend. */
    default boolean supportsIntegers() {
        return false;
    }

    int addRow(String name, double lower, double upper);

    void setCoefficient(int row, int column, double value);

    /** Adds to a coefficient: a column may enter a row twice (a return flow that comes back to the node it left). */
    void addCoefficient(int row, int column, double value);

    void setColumnBounds(int column, double lower, double upper);

    void setRowBounds(int row, double lower, double upper);

    void setCost(int column, double cost);

    SolveStatus solve();

    double value(int column);

    double objectiveValue();

    String columnName(int column);

    String rowName(int row);

    int columnCount();

    int rowCount();

    /** The model in CPLEX LP format with the readable names. */
    String toLpFormat();

    /** Wall time spent inside the backend's own solve calls so far, ns (for the overhead benchmark). */
    long solveNanos();

    @Override
    void close();
}
