package org.riparian.server.compliance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import org.riparian.analysis.compliance.HandBuiltSeason;
import org.riparian.engine.simulation.RunStatistics;
import org.riparian.engine.simulation.SimulationResult;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.network.Network;

/**
 * The July of {@link HandBuiltSeason} (basin t) with a second river basin beside it, amu_darya: a spring passing a
 * ford gauge into a lake, planned at 100, 100 and 110 hm³ per decade, with KGZ agreeing at least 310 hm³ at the ford
 * in July (100, 100, 110 per decade; tolerance 10%). For the bulletin's sections per basin.
 */
final class TwoBasinSeason {

    static final String BASIN = HandBuiltSeason.BASIN.replace("""
              - {id: sea, kind: terminal, country: UZB, basin: t}
            """, """
              - {id: sea, kind: terminal, country: UZB, basin: t}
              - {id: spring, kind: inflow, country: KGZ, basin: amu_darya, series: {monthly: {unit: m3/s, values: [1,1,1,1,1,1,1,1,1,1,1,1]}}}
              - {id: ford, kind: gauge, country: KGZ, basin: amu_darya}
              - {id: lake, kind: terminal, country: KGZ, basin: amu_darya}
            """).replace("""
              - {from: border, to: sea}
            """, """
              - {from: border, to: sea}
              - {from: spring, to: ford}
              - {from: ford, to: lake}
            """) + """
              - {id: to_lake, kind: minimum-flow, gauge: ford, parties: [KGZ], tolerance: 0.1,
                 flow: {monthly: {unit: hm3, values: [0,0,0,0,0,0,310,0,0,0,0,0]}}}
            """;

    private TwoBasinSeason() {
    }

    static Network network() {
        return BasinFileReader.read("two.yaml", new ByteArrayInputStream(BASIN.getBytes(StandardCharsets.UTF_8)), relative -> {
            throw new NoSuchFileException(relative);
        }).network();
    }

    /** {@link HandBuiltSeason#plan()}'s flows, then the spring to the ford and the ford to the lake, hm³ per decade. */
    static SimulationResult plan() {
        Network network = network();
        SimulationResult t = HandBuiltSeason.plan();
        double[][] flows = new double[3][];
        double[] amu = {100, 100, 110};
        double[][] start = new double[3][network.nodes().size()];
        double[][] end = new double[3][network.nodes().size()];
        for (int step = 0; step < 3; step++) {
            double[] tFlows = t.flowHm3()[step];
            flows[step] = Arrays.copyOf(tFlows, tFlows.length + 2);
            flows[step][tFlows.length] = amu[step];
            flows[step][tFlows.length + 1] = amu[step];
            start[step][1] = t.storageStartHm3()[step][1];
            end[step][1] = t.storageEndHm3()[step][1];
        }
        double[][] zero = new double[3][network.nodes().size()];
        return new SimulationResult(network, HandBuiltSeason.JULY, List.of(), flows, zero, start, end, zero, zero, zero, zero, zero, zero,
                new double[3][0], new double[3][0], new double[3], new double[3], new RunStatistics("by hand", 3, 0, 0, 0, 0));
    }
}
