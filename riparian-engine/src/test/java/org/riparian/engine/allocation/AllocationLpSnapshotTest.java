package org.riparian.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riparian.engine.TestBasin;
import org.riparian.engine.lp.SolverKind;
import org.riparian.model.agreement.Terms;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Network;

/**
 * The LP of a four-node basin as a person reads it (after Ribasim's LP snapshots): every row and column is named
 * after the network, so an infeasible step can be traced to a node. Names and structure are checked, not number
 * formatting.
 */
class AllocationLpSnapshotTest {

    /** river -> dam -> fields (need 6 on day 1), dam -> sea; Uzbekistan may withdraw 100 hm3 in the season. */
    private static final Network BASIN = new TestBasin().inflow("river", 10).reservoir("dam", 5, 100, 50)
            .demand("fields", 1, 6).terminal("sea")
            .link("river", "dam").link("dam", "fields").link("dam", "sea")
            .agreement(new WithdrawalLimit("uzb_season", "UZB", "test", Optional.empty(), Optional.of(100.0), List.of(), Terms.STRICT)).build();

    @Test
    void everyRowAndColumnIsNamedAfterTheNetwork() {
        String lp = solvedFirstDay();
        assertThat(lp).contains("flow[river->dam]", "flow[dam->fields]", "flow[dam->sea]",
                "storage[dam]", "release[dam]", "spill[dam]", "shortage[fields]");
        assertThat(rows(lp)).containsExactlyInAnyOrder("balance[river]", "balance[dam]", "outflow[dam]",
                "balance[fields]", "withdrawal_limit[uzb_season]");
    }

    @Test
    void rowsCarryTheStepsNumbersAndTheRightColumns() {
        String lp = solvedFirstDay();
        assertThat(row(lp, "balance[river]")).contains("flow[river->dam]").endsWith("= 10");
        assertThat(row(lp, "balance[fields]")).contains("flow[dam->fields]", "shortage[fields]").endsWith("= 6");
        assertThat(row(lp, "balance[dam]")).contains("storage[dam]", "release[dam]", "spill[dam]", "flow[river->dam]")
                .endsWith("= 50");
        assertThat(row(lp, "withdrawal_limit[uzb_season]")).contains("flow[dam->fields]").endsWith("<= 100");
        assertThat(lp).contains("5 <= storage[dam] <= 100").doesNotContain("balance[sea]");
    }

    private static String solvedFirstDay() {
        try (AllocationLp allocation = new AllocationLp(BASIN, TestBasin.days(1), SolverKind.GLOP)) {
            allocation.solve(TestBasin.days(1).step(0), allocation.initialState());
            return allocation.toLpFormat();
        }
    }

    /** Names of the rows that bind (tier bookkeeping rows are free between solves and written as comments). */
    private static List<String> rows(String lp) {
        String constraints = lp.substring(lp.indexOf("Subject To"), lp.indexOf("Bounds"));
        return constraints.lines().filter(line -> line.startsWith(" ") && line.contains(":"))
                .map(line -> line.substring(1, line.indexOf(':'))).toList();
    }

    private static String row(String lp, String name) {
        return lp.lines().filter(line -> line.startsWith(" " + name + ":")).findFirst().orElseThrow().trim();
    }
}
