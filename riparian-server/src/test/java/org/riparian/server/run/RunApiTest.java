package org.riparian.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riparian.analysis.plan.PlanSummary;
import org.riparian.analysis.plan.SeasonPlan;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.engine.allocation.SeasonLp.EndStorage;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.model.aral.AralBasin;
import org.riparian.model.time.Season;
import org.riparian.model.time.StepKind;
import org.riparian.server.testing.TestServer;

/** The run routes over a real server: a plan started over HTTP reports what the engine reports, and bad requests are 4xx at once. */
class RunApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.h2();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Polls the run until it is done or failed; a run never finishing fails the test by JUnit's own limit of polls. */
    static JsonNode finished(String kind, long id) throws InterruptedException {
        for (int poll = 0; poll < 1200; poll++) {
            JsonNode job = server.get("anonymous", "/api/v1/" + kind + "/" + id).json();
            if (!List.of("queued", "running").contains(job.get("status").asText())) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(kind + " run " + id + " did not finish");
    }

    @Test
    void aPlanStartedOverHttpReportsTheSameTotalsAsTheEngine() throws InterruptedException {
        TestServer.Reply started = server.post("coordinator", "/api/v1/plans",
                "{`season`: `2026-vegetation`, `hydrology`: `dry`, `scenarios`: [`rogun`]}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.location()).isEqualTo("/api/v1/plans/" + started.json().get("id").asLong());

        JsonNode job = finished("plans", started.json().get("id").asLong());

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        PreparedRun run = PreparedRun.of(AralBasin.load(), "served basin", Season.parse("2026-vegetation"), StepKind.DECADE,
                Optional.of("dry"), List.of("rogun"));
        PlanSummary expected = SeasonPlan.run(run, SeasonPlan.Mode.SIMULATE, SolverKind.GLOP, EndStorage.INITIAL, Progress.NONE).summary();
        JsonNode summary = job.at("/result/summary");
        expected.countryTotals().forEach((country, share) -> {
            assertThat(summary.at("/countries/" + country + "/delivered_hm3").asDouble()).isCloseTo(share.deliveredHm3(), within(1e-6));
            assertThat(summary.at("/countries/" + country + "/shortage_hm3").asDouble()).isCloseTo(share.shortageHm3(), within(1e-6));
        });
        assertThat(summary.get("steps")).hasSize(18);
        assertThat(job.at("/progress/done").asInt()).isEqualTo(18);
        assertThat(server.get("anonymous", "/api/v1/plans").json().get("runs").findValuesAsText("status")).contains("done");
    }

    /** Shapley and nucleolus each split the grand coalition's value exactly; every rule carries its core check and transfers. */
    @Test
    void aTwoCountryGameGivesValuesSharesCoreChecksAndTransfers() throws InterruptedException {
        TestServer.Reply started = server.post("coordinator", "/api/v1/coalitions", "{`players`: [`KGZ`, `UZB`], `season`: `2026-2027`}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        JsonNode job = finished("coalitions", started.json().get("id").asLong());

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode game = job.get("result");
        assertThat(game.get("coalitions")).hasSize(3);
        double grand = game.get("coalitions").get(2).get("value_musd").asDouble();
        assertThat(game.at("/coalitions/2/members")).hasSize(2);
        double shapley = 0;
        double nucleolus = 0;
        for (JsonNode country : game.get("countries")) {
            assertThat(country.has("go_alone_musd") && country.has("cooperative_musd")).isTrue();
            shapley += country.get("shapley_musd").asDouble();
            nucleolus += country.get("nucleolus_musd").asDouble();
        }
        assertThat(shapley).isCloseTo(grand, within(1e-6 * Math.abs(grand) + 1e-6));
        assertThat(nucleolus).isCloseTo(grand, within(1e-6 * Math.abs(grand) + 1e-6));
        assertThat(game.get("rules")).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.get("in_core").isBoolean()).isTrue();
            assertThat(rule.get("transfer_received_musd").fieldNames()).toIterable().containsExactlyInAnyOrder("KGZ", "UZB");
        });
    }

    /** The settlement leaves no country worse off than alone, and the gain is what cooperation adds to the sum of the parts. */
    @Test
    void theExchangeOfOneRiverLeavesNoCountryWorseOffThanAlone() throws InterruptedException {
        TestServer.Reply started = server.post("coordinator", "/api/v1/exchange", "{`sub_basin`: `syr_darya`, `season`: `2026-2027`}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        JsonNode job = finished("exchange", started.json().get("id").asLong());

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode exchange = job.get("result");
        double alone = 0;
        double together = 0;
        for (JsonNode country : exchange.get("countries")) {
            alone += country.get("total_alone_musd").asDouble();
            together += country.get("total_together_musd").asDouble();
            assertThat(country.get("gain_after_settlement_musd").asDouble()).as(country.toString()).isGreaterThanOrEqualTo(-1e-6);
        }
        assertThat(exchange.get("gain_musd").asDouble()).isCloseTo(together - alone, within(1e-6 * Math.abs(together) + 1e-6));
        assertThat(exchange.at("/run/scope").asText()).isEqualTo("syr_darya");
    }

    @Test
    void startingARunNeedsAToken() {
        TestServer.Reply reply = server.post("anonymous", "/api/v1/plans", "{}");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asText()).contains("token");
    }

    @Test
    void badRequestsAreRefusedAtOnceNamingTheField() {
        assertRefused("plans", "{`season`: `2026-summer`}", "season", "2026-summer");
        assertRefused("plans", "{`scenarios`: [`atlantis-dam`]}", "scenarios", "atlantis-dam");
        assertRefused("plans", "{`hydrology`: `biblical`}", "hydrology", "biblical");
        assertRefused("plans", "{`mode`: `guess`}", "mode", "simulate or optimise");
        assertRefused("plans", "{`step`: `week`}", "step", "week");
        assertRefused("plans", "{`seasons`: `2026-vegetation`}", "seasons", "season");
        assertRefused("plans", "{`scenarios`: `rogun`}", "scenarios", "array of strings");
        assertRefused("plans", "[1, 2]", "body", "JSON object");
        assertRefused("plans", "{`season`: ", "body", "not valid JSON");
        assertRefused("ensembles", "{`traces`: 0}", "traces", "from 1 to 500");
        assertRefused("ensembles", "{`traces`: 2.5}", "traces", "whole number");
        assertRefused("coalitions", "{`players`: [`KGZ`, `XXX`]}", "players", "XXX");
        assertRefused("coalitions", "{`propose`: {`KGZ`: `much`}}", "propose", "million US$");
        assertRefused("exchange", "{`sub_basin`: `nile`}", "sub_basin", "nile");
    }

    private static void assertRefused(String kind, String body, String field, String mentioned) {
        TestServer.Reply reply = server.post("coordinator", "/api/v1/" + kind, body);
        assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).as(reply.toString()).isEqualTo(field);
        assertThat(reply.json().get("message").asText()).as(reply.toString()).contains(mentioned);
    }

    @Test
    void unknownRunsAreNotFoundAndIdsMustBeNumbers() {
        assertThat(server.get("anonymous", "/api/v1/plans/987654").status()).isEqualTo(404);
        TestServer.Reply reply = server.get("anonymous", "/api/v1/exchange/tomorrow");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("id");
    }

    @Test
    void aSmallEnsembleGivesAFanPerReservoirAndCountryAndAReliabilityPerDemand() throws InterruptedException {
        TestServer.Reply started = server.post("reader", "/api/v1/ensembles", "{`traces`: 3, `season`: `2026-vegetation`}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        JsonNode job = finished("ensembles", started.json().get("id").asLong());

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode fans = job.at("/result/fans");
        int steps = fans.get("steps").size();
        assertThat(steps).isEqualTo(36);
        fans.get("storage_hm3").forEach(fan -> {
            assertThat(fan).hasSize(steps);
            fan.forEach(q -> assertThat(q.get("p05").asDouble()).isLessThanOrEqualTo(q.get("p50").asDouble()).isLessThanOrEqualTo(q.get("p95").asDouble()));
        });
        assertThat(fans.get("shortage_hm3").fieldNames()).toIterable().contains("UZB", "KAZ");
        job.at("/result/demands").forEach(d -> assertThat(d.get("reliability").asDouble()).isBetween(0.0, 1.0));
    }
}
