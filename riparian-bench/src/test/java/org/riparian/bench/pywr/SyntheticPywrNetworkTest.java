package org.riparian.bench.pywr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riparian.pywr.BasinConversion;
import org.riparian.pywr.PywrModel;
import org.riparian.pywr.PywrRun;

/** The synthetic networks Pywr and Riparian run side by side: the same for a seed, runnable, and alike in both schemas. */
class SyntheticPywrNetworkTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    @TempDir
    Path folder;

    @Test
    void theSameSizeAndSeedGiveTheSameModel() {
        assertThat(SyntheticPywrNetwork.generate(60, 7, START, END).v2())
                .isEqualTo(SyntheticPywrNetwork.generate(60, 7, START, END).v2());
    }

    @Test
    void bothSchemasHoldTheSameNodesAndEdges() {
        SyntheticPywrNetwork network = SyntheticPywrNetwork.generate(120, 7, START, END);
        ObjectNode v1 = network.v1();
        ObjectNode v2 = network.v2();
        assertThat(v1.path("nodes").size()).isEqualTo(v2.path("network").path("nodes").size())
                .isEqualTo(network.nodeCount());
        assertThat(v1.path("edges").size()).isEqualTo(v2.path("network").path("edges").size());
        assertThat(v1.path("parameters").size()).isEqualTo(v2.path("network").path("parameters").size());
    }

    @Test
    void theV2ModelRunsEveryStepAndConvertsToABasinFile() throws IOException {
        SyntheticPywrNetwork network = SyntheticPywrNetwork.generate(120, 7, START, END);
        Path v2 = folder.resolve("synthetic.v2.json");
        new ObjectMapper().writeValue(v2.toFile(), network.v2());
        PywrModel model = PywrModel.read(v2);
        // every step feasible: the run finishes (an infeasible step throws, naming the date)
        Map<String, List<PywrRun.Row>> rows = PywrRun.run(model);
        assertThat(rows).isEmpty();
        assertThat(model.stepCount()).isEqualTo(31);
        BasinConversion.Result basin = BasinConversion.convert(v2);
        assertThat(basin.yaml()).contains("kind: demand").contains("kind: reservoir").contains("kind: inflow");
    }
}
