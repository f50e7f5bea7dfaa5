package org.riparian.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Junction;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Place;
import org.riparian.model.network.Terminal;
import org.riparian.model.series.MonthlyProfile;

class SchematicTest {

    private static final Place KGZ = new Place("KGZ", "syr");

    /**
     * Two headwaters a and b join at j, which runs to the sea; c reaches the sea directly. Columns are the longest
     * chain from a headwater: a, b, c in 0, j in 1, sea in 2 (via j, longer than via c). Rows: a 0, b 1, c 2 in file
     * order; j at the mean of a and b, 0.5; the sea at the mean of j and c, 1.25.
     */
    @Test
    void columnsFollowTheLongestChainAndRowsTheMeanOfWhatFlowsIn() {
        Network network = new Network(List.of(inflow("a"), inflow("b"), inflow("c"), new Junction("j", KGZ, false, Optional.empty()),
                new Terminal("sea", KGZ, Optional.empty(), Optional.empty())),
                List.of(Link.of("a", "j"), Link.of("b", "j"), Link.of("j", "sea"), Link.of("c", "sea")), List.of());

        Map<String, Schematic.Position> layout = Schematic.of(network);

        assertThat(layout).containsEntry("a", new Schematic.Position(0, 0)).containsEntry("b", new Schematic.Position(0, 1))
                .containsEntry("c", new Schematic.Position(0, 2)).containsEntry("j", new Schematic.Position(1, 0.5))
                .containsEntry("sea", new Schematic.Position(2, 1.25));
    }

    /** On the shipped basin: every link points rightwards, and no two nodes share a place. */
    @Test
    void everyLinkOfTheAralBasinFlowsLeftToRightAndNoNodesOverlap() {
        Network network = AralBasin.load().network();

        Map<String, Schematic.Position> layout = Schematic.of(network);

        assertThat(layout).hasSize(network.nodes().size());
        network.links().forEach(link -> assertThat(layout.get(link.from()).column()).as(link.name()).isLessThan(layout.get(link.to()).column()));
        Set<Schematic.Position> places = new HashSet<>(layout.values());
        assertThat(places).hasSize(layout.size());
    }

    private static Inflow inflow(String id) {
        return new Inflow(id, KGZ, MonthlyProfile.constant(1));
    }
}
