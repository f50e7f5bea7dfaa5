package org.riparian.model.agreement;

import java.util.Arrays;

/** An energy for each calendar month (January first), the same every year; GWh per month. */
public record MonthlyEnergy(double[] gwhByMonth) {

    public MonthlyEnergy {
        if (gwhByMonth.length != 12) {
            throw new IllegalArgumentException("a monthly energy needs 12 values (January to December), got " + gwhByMonth.length);
        }
        for (int month = 0; month < 12; month++) {
            if (!Double.isFinite(gwhByMonth[month]) || gwhByMonth[month] < 0) {
                throw new IllegalArgumentException("energy of month " + (month + 1) + " is " + gwhByMonth[month]
                        + " GWh, expected a finite number >= 0");
            }
        }
        gwhByMonth = gwhByMonth.clone();
    }

    /** The energy of {@code month} (1 to 12), GWh. */
    public double gwh(int month) {
        return gwhByMonth[month - 1];
    }

    @Override
    public double[] gwhByMonth() {
        return gwhByMonth.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonthlyEnergy energy && Arrays.equals(gwhByMonth, energy.gwhByMonth);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(gwhByMonth);
    }

    @Override
    public String toString() {
        return "MonthlyEnergy" + Arrays.toString(gwhByMonth) + " GWh";
    }
}
