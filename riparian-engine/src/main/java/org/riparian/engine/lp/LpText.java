package org.riparian.engine.lp;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.Locale;

/**
 * A model in CPLEX LP layout with the names exactly as the engine gave them ({@code flow[naryn->toktogul]}). OR-Tools'
 * own LP export rewrites {@code ->} to {@code __}, which hides the link a column belongs to; this text is for people
 * reading an infeasible step, so it keeps the names. Rows without bounds are listed as comments.
 */
final class LpText {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final MPModelProto model;
    private final StringBuilder text = new StringBuilder();

    private LpText(MPModelProto model) {
        this.model = model;
    }

    static String of(MPModelProto model) {
        return new LpText(model).write();
    }

    private String write() {
        text.append("\\ Riparian allocation LP: ").append(model.getVariableCount()).append(" columns, ")
                .append(model.getConstraintCount()).append(" rows\n");
        text.append(model.getMaximize() ? "Maximize\n" : "Minimize\n").append(" obj:");
        for (MPVariableProto variable : model.getVariableList()) {
            term(variable.getObjectiveCoefficient(), variable.getName());
        }
        text.append("\nSubject To\n");
        model.getConstraintList().forEach(this::row);
        text.append("Bounds\n");
        model.getVariableList().forEach(this::bounds);
        return text.append("End\n").toString();
    }

    private void row(MPConstraintProto row) {
        double lower = row.getLowerBound();
        double upper = row.getUpperBound();
        boolean free = lower == -INF && upper == INF;
        boolean ranged = lower != -INF && upper != INF && lower != upper;
        text.append(free ? "\\ " : " ").append(row.getName()).append(":");
        if (ranged) {
            text.append(' ').append(number(lower)).append(" <=");
        }
        for (int k = 0; k < row.getVarIndexCount(); k++) {
            term(row.getCoefficient(k), model.getVariable(row.getVarIndex(k)).getName());
        }
        text.append(ranged ? " <= " + number(upper) : relation(lower, upper)).append('\n');
    }

    private void bounds(MPVariableProto column) {
        double lower = column.getLowerBound();
        double upper = column.getUpperBound();
        text.append(' ');
        if (lower == upper) {
            text.append(column.getName()).append(" = ").append(number(lower));
        } else if (lower == -INF && upper == INF) {
            text.append(column.getName()).append(" free");
        } else {
            text.append(lower == -INF ? "-inf" : number(lower)).append(" <= ").append(column.getName())
                    .append(" <= ").append(upper == INF ? "+inf" : number(upper));
        }
        text.append('\n');
    }

    private void term(double coefficient, String name) {
        if (coefficient != 0) {
            text.append(coefficient < 0 ? " - " : " + ").append(number(Math.abs(coefficient))).append(' ').append(name);
        }
    }

    private static String relation(double lower, double upper) {
        if (lower == upper) {
            return " = " + number(lower);
        } else if (upper != INF) {
            return " <= " + number(upper);
        }
        return lower == -INF ? " (free)" : " >= " + number(lower);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.12g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
