package org.riparian.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.network.Canal;
import org.riparian.model.network.Demand;
import org.riparian.model.network.DemandUse;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.LevelStorageArea;
import org.riparian.model.network.Link;
import org.riparian.model.network.MonthlyValues;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.network.Place;
import org.riparian.model.network.Reservoir;
import org.riparian.model.network.Status;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.DatedVolumes;
import org.riparian.model.series.Series;
import org.riparian.model.time.StepKind;
import org.riparian.model.time.TimeAxis;

/**
 * Small networks for hand-solvable tests, written in hm³ per daily step from {@link #START} so the expected numbers
 * can be worked out on paper.
 */
public final class TestBasin {

    public static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final Place PLACE = new Place("UZB", "test");

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();

    public static TimeAxis days(int count) {
        return TimeAxis.of(StepKind.DAY, START, START.plusDays(count));
    }

    /** Volumes per daily step from {@link #START}, hm³. */
    public static Series daily(double... volumesHm3) {
        List<DatedVolumes.Period> periods = new ArrayList<>();
        for (int d = 0; d < volumesHm3.length; d++) {
            periods.add(new DatedVolumes.Period(START.plusDays(d), START.plusDays(d + 1), volumesHm3[d]));
        }
        return new DatedVolumes(periods);
    }

    public TestBasin inflow(String id, double... volumesHm3) {
        nodes.add(new Inflow(id, PLACE, daily(volumesHm3)));
        return this;
    }

    public TestBasin junction(String id) {
        nodes.add(new Junction(id, PLACE, false, Optional.empty()));
        return this;
    }

    public TestBasin node(Node node) {
        nodes.add(node);
        return this;
    }

    public TestBasin demand(String id, int priority, double... needHm3) {
        return demand(id, "UZB", priority, 1.0, null, 0, needHm3);
    }

    public TestBasin demand(String id, String country, int priority, double consumptive, String returnNode, int lag,
            double... needHm3) {
        nodes.add(new Demand(id, new Place(country, "test"), DemandUse.IRRIGATION, daily(needHm3), priority, consumptive,
                Optional.ofNullable(returnNode), lag));
        return this;
    }

    public TestBasin reservoir(String id, double deadHm3, double fullHm3, double initialHm3) {
        nodes.add(new Reservoir(id, PLACE, Status.EXISTING, deadHm3, fullHm3, initialHm3,
                LevelStorageArea.prism(100, 110, fullHm3, 0), MonthlyValues.zero(), Optional.empty(), Optional.empty()));
        return this;
    }

    public TestBasin canal(String id, double capacityM3s, double loss) {
        nodes.add(new Canal(id, PLACE, capacityM3s, loss));
        return this;
    }

    public TestBasin terminal(String id) {
        nodes.add(new Terminal(id, PLACE, Optional.empty(), Optional.empty()));
        return this;
    }

    public TestBasin link(String from, String to) {
        links.add(Link.of(from, to));
        return this;
    }

    /** A link whose capacity is given as hm³ per daily step. */
    public TestBasin link(String from, String to, double capacityHm3PerDay, double loss) {
        links.add(new Link(from, to, Optional.of(capacityHm3PerDay * 1e6 / 86_400), loss));
        return this;
    }

    public TestBasin agreement(Agreement agreement) {
        agreements.add(agreement);
        return this;
    }

    public Network build() {
        return new Network(nodes, links, agreements);
    }
}
