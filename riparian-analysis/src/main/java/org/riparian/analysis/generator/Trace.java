package org.riparian.analysis.generator;

import java.time.YearMonth;
import java.util.List;

/** One generated sequence of monthly flows: {@code flowsM3s[site][k]} is the mean flow of site k months after {@code first}. */
public record Trace(List<String> sites, YearMonth first, double[][] flowsM3s) {

    public Trace {
        sites = List.copyOf(sites);
    }

    public int months() {
        return flowsM3s.length == 0 ? 0 : flowsM3s[0].length;
    }

    public double[] flowsM3s(String site) {
        int index = sites.indexOf(site);
        if (index < 0) {
            throw new IllegalArgumentException("trace has no site '" + site + "'");
        }
        return flowsM3s[index].clone();
    }
}
