package org.riparian.cli.exchange;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.exchange.AgreementEvaluation;
import org.riparian.analysis.exchange.ExchangeAgreement;
import org.riparian.analysis.exchange.ExchangeReport;
import org.riparian.analysis.exchange.ExchangeResult;
import org.riparian.analysis.exchange.WaterEnergyExchange;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.OutputFolder;
import org.riparian.cli.ReportFormat;
import org.riparian.cli.RunChoice;
import org.riparian.cli.SolverChoice;
import org.riparian.engine.planning.PlanningOptions;
import org.riparian.model.network.Network;
import org.riparian.model.network.SubBasin;
import org.riparian.model.time.Season;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian exchange}: the season operated country by country and as one basin, and the water-for-energy settlement. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Compare each country operating its reservoirs alone with the cooperative basin plan, "
                + "and settle the gain in energy and money so that no country is worse off than alone.")
public final class ExchangeCommand implements Callable<Integer> {

    /** A ready-made comparison: Toktogul in energy mode (alone) against irrigation mode (together), Syr Darya only. */
    static final String TOKTOGUL_CASE = "toktogul";

    @Mixin
    RunChoice choice;

    @Option(names = "--case", paramLabel = "CASE", description = "toktogul: the Syr Darya alone, Toktogul's energy vs irrigation mode.")
    Optional<String> exampleCase = Optional.empty();

    @Option(names = "--agreement", paramLabel = "FILE",
            description = "Evaluate an agreement (YAML/JSON): does the optimum meet it, and what does it cost each party.")
    Optional<Path> agreement = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "Write exchange.json and exchange.csv (or agreement.json) here.")
    Optional<Path> out = Optional.empty();

    @Mixin
    ReportFormat format;

    @Mixin
    SolverChoice solver;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean json = format.json();
        PreparedRun run = choice.prepare(Season.hydrologicalYear(Season.comingVegetation(java.time.LocalDate.now()).start().getYear() - 1));
        Network network = exampleCase.map(this::caseNetwork).map(basin -> SubBasin.of(run.network(), basin)).orElse(run.network());
        PlanningOptions options = PlanningOptions.defaults().withSolver(solver.kind());
        if (agreement.isPresent()) {
            ExchangeAgreement terms = AgreementFile.read(agreement.get());
            AgreementView view = AgreementView.of(AgreementEvaluation.evaluate(network, run.basin().economy(), run.axis(), options, terms));
            out.ifPresent(directory -> OutputFolder.writeAll(directory, java.util.Map.of("agreement.json", ExchangeFiles.json(view)),
                    "the agreement evaluation"));
            spec.commandLine().getOut().println(json ? ExchangeFiles.json(view) : view.text());
            spec.commandLine().getOut().flush();
            return 0;
        }
        ExchangeResult result = WaterEnergyExchange.compare(network, run.basin().economy(), run.axis(), options);
        ExchangeReport report = ExchangeReport.of(result, run, exampleCase.orElse("basin"));
        out.ifPresent(directory -> ExchangeFiles.write(directory, report));
        if (json) {
            spec.commandLine().getOut().println(ExchangeFiles.json(report));
        } else {
            ExchangeTable.print(report, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String caseNetwork(String name) {
        if (!name.equalsIgnoreCase(TOKTOGUL_CASE)) {
            throw new IllegalArgumentException("unknown case '" + name + "', expected " + TOKTOGUL_CASE);
        }
        return "syr_darya";
    }
}
