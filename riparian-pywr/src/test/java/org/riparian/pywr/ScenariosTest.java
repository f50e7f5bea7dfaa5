package org.riparian.pywr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void aModelWithoutScenariosIsOneSimulationLabelledZero() throws Exception {
        List<Scenarios.Simulation> simulations = Scenarios.read(json("{}").path("scenarios"));
        assertThat(simulations).extracting(Scenarios.Simulation::label).containsExactly("0");
    }

    @Test
    void groupsCombineWithTheLastVaryingFastestAndLabelsWhereTheGroupHasThem() throws Exception {
        // slice 1..3 of a group of 4 (members 1, 2) × labels B and D of a labelled group of 5: 2 × 2 simulations
        JsonNode scenarios = json("""
                {"groups": [{"name": "a", "size": 4, "subset": {"type": "Slice", "start": 1, "end": 3}},
                            {"name": "b", "size": 5, "labels": ["A", "B", "C", "D", "E"],
                             "subset": {"type": "Labels", "labels": ["B", "D"]}}]}""");
        List<Scenarios.Simulation> simulations = Scenarios.read(scenarios);
        assertThat(simulations).extracting(Scenarios.Simulation::label).containsExactly("1-B", "1-D", "2-B", "2-D");
        assertThat(simulations.get(3).memberByGroup()).containsEntry("a", 2).containsEntry("b", 3);
        assertThat(simulations).extracting(Scenarios.Simulation::id).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aMemberOutsideTheGroupIsAnErrorNamingIt() throws Exception {
        JsonNode scenarios = json("""
                {"groups": [{"name": "a", "size": 3, "subset": {"type": "Indices", "indices": [0, 3]}}]}""");
        assertThatThrownBy(() -> Scenarios.read(scenarios)).isInstanceOf(PywrModelException.class)
                .hasMessageContaining("scenario group a has no member 3");
    }
}
