package org.riparian.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.MinimumFlow;
import org.riparian.model.agreement.Terms;
import org.riparian.model.series.MonthlyProfile;

class NetworkCheckTest {

    private static final Place KGZ = new Place("KGZ", "syr");

    @Test
    void soundNetworkHasNoProblems() {
        assertThat(Network.check(List.of(inflow("a"), junction("b"), terminal("sea")),
                List.of(Link.of("a", "b"), Link.of("b", "sea")), List.of())).isEmpty();
    }

    @Test
    void cycleNamesItsNodesAndTheClosingLink() {
        List<TopologyProblem> problems = Network.check(List.of(inflow("a"), junction("b"), junction("c")),
                List.of(Link.of("a", "b"), Link.of("b", "c"), Link.of("c", "b")), List.of());
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.part()).isEqualTo(TopologyProblem.Part.LINK);
            assertThat(problem.index()).isEqualTo(2);
            assertThat(problem.toString()).isEqualTo("link c->b: closes a cycle b -> c -> b, expected links to run downstream only");
        });
    }

    @Test
    void unknownNodesAndWrongDirectionsArePointedAt() {
        List<TopologyProblem> problems = Network.check(List.of(inflow("a"), inflow("up"), terminal("sea")),
                List.of(Link.of("a", "sae"), Link.of("sea", "a"), Link.of("a", "up")), List.of());
        assertThat(problems).extracting(TopologyProblem::index, TopologyProblem::field).containsExactly(
                tuple(0, "to"),     // sae: unknown
                tuple(1, "to"),     // into an inflow
                tuple(1, "from"),   // out of a terminal
                tuple(2, "to"));    // into an inflow
        assertThat(problems.get(0).message()).isEqualTo("unknown node 'sae' (did you mean sea?), expected the id of a node");
    }

    @Test
    void returnNodesPlantsAndAgreementsMustNameTheRightKind() {
        Demand farm = new Demand("farm", KGZ, DemandUse.IRRIGATION, MonthlyProfile.constant(1), 1, 0.5, Optional.of("a"), 0);
        Hydropower plant = new Hydropower("hpp", KGZ, Status.EXISTING, 100, 0.9, 50, Optional.of("b"), Optional.of(1.0), Optional.empty());
        Agreement flow = new MinimumFlow("deliver", "sea", MonthlyProfile.constant(5), List.of("KGZ"), Terms.STRICT);
        List<TopologyProblem> problems = Network.check(List.of(inflow("a"), junction("b"), terminal("sea"), farm, plant),
                List.of(Link.of("a", "b"), Link.of("b", "farm"), Link.of("b", "hpp"), Link.of("hpp", "sea")), List.of(flow));
        assertThat(problems).extracting(TopologyProblem::toString).containsExactly(
                "demand farm: 'a' is a inflow node, expected a junction, gauge, reservoir, canal or terminal",
                "hydropower hpp: 'b' is a junction node, expected a reservoir",
                "agreement: 'sea' is a terminal node, expected a junction or gauge");
    }

    @Test
    void constructorRefusesWhatTheCheckFinds() {
        assertThatThrownBy(() -> new Network(List.of(inflow("a"), inflow("a")), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node a: id is used twice, expected each node id once");
    }

    @Test
    void aChainOfAHundredThousandNodesDoesNotOverflowTheStack() {
        List<Node> nodes = new ArrayList<>(List.of(inflow("n0")));
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < 100_000; i++) {
            nodes.add(junction("n" + i));
            links.add(Link.of("n" + (i - 1), "n" + i));
        }
        links.add(Link.of("n99999", "n1"));
        assertThat(Network.check(nodes, links, List.of())).singleElement()
                .satisfies(problem -> assertThat(problem.index()).isEqualTo(99_999));
    }

    private static Inflow inflow(String id) {
        return new Inflow(id, KGZ, MonthlyProfile.constant(1));
    }

    private static Junction junction(String id) {
        return new Junction(id, KGZ, false, Optional.empty());
    }

    private static Terminal terminal(String id) {
        return new Terminal(id, KGZ, Optional.empty(), Optional.empty());
    }
}
