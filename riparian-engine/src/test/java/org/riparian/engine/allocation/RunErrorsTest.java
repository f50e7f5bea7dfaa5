package org.riparian.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.riparian.engine.EngineException;
import org.riparian.engine.TestBasin;
import org.riparian.engine.simulation.Simulation;
import org.riparian.model.network.Network;

/** A run that cannot go on says where and why, in words a basin modeller can act on. */
class RunErrorsTest {

    @Test
    void anInflowItsLinksCannotCarryMakesTheStepInfeasibleAndNamesTheNode() throws IOException {
        // day 1: 3 arrive and the link carries 4, fine; day 2: 10 arrive but the only link still carries 4.
        Network network = new TestBasin().inflow("river", 3, 10).junction("j").terminal("sea")
                .link("river", "j", 4, 0).link("j", "sea").build();
        InfeasibleStepException error = catchThrowableOfType(InfeasibleStepException.class,
                () -> Simulation.run(network, TestBasin.days(2)));
        assertThat(error.step().label()).isEqualTo("2026-04-02");
        assertThat(error.getMessage()).contains("2026-04-02", "balance[river]");
        assertThat(error.suspects()).singleElement().asString().startsWith("balance[river]");
        Path lpFile = error.lpFile().orElseThrow();
        String lp = Files.readString(lpFile);
        assertThat(lp).contains("flow[river->j]", "flow[j->sea]", "balance[river]:", "balance[j]:");
        Files.deleteIfExists(lpFile);
    }

    @Test
    void aSeriesThatEndsBeforeTheRunNamesItsNodeAndTheRun() {
        Network network = new TestBasin().inflow("naryn", 5, 5).terminal("sea").link("naryn", "sea").build();
        RunInputException error = catchThrowableOfType(RunInputException.class,
                () -> Simulation.run(network, TestBasin.days(3)));
        assertThat(error).isInstanceOf(EngineException.class);
        assertThat(error.getMessage()).contains("inflow naryn", "2026-04-01 to 2026-04-03");
    }
}
