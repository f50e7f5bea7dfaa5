package org.riparian.pywr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;

/** A model that maps but may allocate differently: written, with a warning naming each node whose cost is dropped. */
class BasinConversionWarningsTest {

    private static final String MODEL = """
            {"metadata": {"title": "w"},
             "time": {"start": "2021-01-01", "end": "2021-01-03", "timestep": {"type": "Days", "days": 1}},
             "network": {"nodes": [
               {"meta": {"name": "hill catchment"}, "type": "Catchment", "flow": {"type": "Literal", "value": 8}},
               {"meta": {"name": "lake"}, "type": "Storage", "max_volume": {"type": "Literal", "value": 100},
                "initial_volume": {"type": "Proportional", "proportion": 0.5}, "cost": {"type": "Literal", "value": -1}},
               {"meta": {"name": "canal"}, "type": "Link", "max_flow": {"type": "Literal", "value": 5},
                "cost": {"type": "Literal", "value": 1}},
               {"meta": {"name": "town"}, "type": "Output", "max_flow": {"type": "Literal", "value": 4},
                "cost": {"type": "Literal", "value": -20}},
               {"meta": {"name": "farm"}, "type": "Output", "max_flow": {"type": "Literal", "value": 6},
                "cost": {"type": "Literal", "value": -10}},
               {"meta": {"name": "sea"}, "type": "Output"}],
              "edges": [{"from_node": "hill catchment", "to_node": "lake"}, {"from_node": "lake", "to_node": "canal"},
                        {"from_node": "canal", "to_node": "town"}, {"from_node": "canal", "to_node": "farm"},
                        {"from_node": "lake", "to_node": "sea"}]}}""";

    @TempDir
    Path folder;

    @Test
    void costsThePriorityEngineDoesNotWeighAreWarningsAndTheFileStillReads() throws IOException {
        Path model = folder.resolve("w.json");
        Files.writeString(model, MODEL);
        BasinConversion.Result result = BasinConversion.convert(model);
        assertThat(result.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("node canal of type Link: cost not carried over"))
                .anySatisfy(w -> assertThat(w).startsWith("node lake of type Storage"));
        // -20 is the most negative cost: the town is served first, then the farm
        assertThat(result.yaml()).contains("{id: town, kind: demand").contains("{id: hill_catchment, kind: inflow")
                .containsPattern("id: town, [^\\n]*priority: 1").containsPattern("id: farm, [^\\n]*priority: 2")
                .contains("{id: canal, kind: canal").contains("{id: sea, kind: terminal");
        Path basinFile = folder.resolve("w.yaml");
        Files.writeString(basinFile, result.yaml());
        Basin basin = BasinFileReader.read(basinFile);
        assertThat(basin.network().nodes()).hasSize(6);
    }
}
