package org.riparian.bench.pywr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.riparian.bench.Workloads;
import org.riparian.engine.lp.SolverKind;
import org.riparian.engine.simulation.Progress;
import org.riparian.engine.simulation.Simulation;
import org.riparian.model.file.BasinFileReader;
import org.riparian.model.network.Network;
import org.riparian.model.time.TimeAxis;
import org.riparian.pywr.BasinConversion;
import org.riparian.pywr.PywrModel;
import org.riparian.pywr.PywrRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Riparian's side of a Pywr comparison. Writes the synthetic networks of 60, 250 and 1,000 nodes × 365 daily steps as
 * Pywr v1 and v2 JSON and as a basin file (the v2 model through {@code riparian pywr convert}), then times, warm,
 * each of Pywr's test models on the cost engine (CLP), each synthetic v2 model on the cost engine and each basin file
 * on the priority engine with GLOP and CLP: median ms per run and per step (steps × simulations). Pywr itself runs the
 * written files.
 */
@Command(name = "pywr-side-by-side", mixinStandardHelpOptions = true,
        description = "Times Pywr models on Riparian and writes the synthetic networks for Pywr to run.")
public final class PywrSideBySide implements Callable<Integer> {

    private static final List<SolverKind> LP_SOLVERS = List.of(SolverKind.GLOP, SolverKind.CLP);

    @Option(names = "--out", defaultValue = "target/bench/pywr", description = "Folder for the synthetic models.")
    Path out;

    @Option(names = "--models", defaultValue = "riparian-pywr/src/test/resources/pywr-next-tests",
            description = "Pywr's test models (default ${DEFAULT-VALUE}).")
    Path models;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up runs per case (default ${DEFAULT-VALUE}).")
    int warmupRuns;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per case (default ${DEFAULT-VALUE}).")
    int measuredRuns;

    @Option(names = "--sizes", split = ",", defaultValue = "60,250,1000", description = "Synthetic network sizes.")
    int[] sizes;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PywrSideBySide()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        System.out.printf("%-34s %-14s %6s %6s %10s %10s%n", "model", "engine", "nodes", "steps", "ms/run",
                "ms/step");
        for (Path model : testModels()) {
            PywrModel pywr = PywrModel.read(model);
            report(model.getFileName().toString(), "cost (CLP)", -1, pywr.stepCount() * pywr.simulationCount(),
                    () -> PywrRun.run(pywr).size());
        }
        for (int size : sizes) {
            synthetic(size);
        }
        System.out.println("\nmutual-exclusivity1 runs on CBC (a MILP). Pywr runs the same synthetic networks from "
                + out.toAbsolutePath() + " (see riparian-bench/README.md).");
        return 0;
    }

    private List<Path> testModels() throws IOException {
        if (!Files.isDirectory(models)) {
            System.err.println("no Pywr test models at " + models + ": only the synthetic networks run");
            return List.of();
        }
        try (Stream<Path> files = Files.list(models)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private void synthetic(int size) throws IOException {
        TimeAxis axis = Workloads.dailyYear();
        SyntheticPywrNetwork network = SyntheticPywrNetwork.generate(size, Workloads.SEED, axis.steps().get(0).start(),
                axis.steps().get(axis.size() - 1).start());
        ObjectMapper json = new ObjectMapper();
        Path v2 = out.resolve("synthetic-" + size + ".v2.json");
        json.writerWithDefaultPrettyPrinter().writeValue(v2.toFile(), network.v2());
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("synthetic-" + size + ".v1.json").toFile(),
                network.v1());
        Path basinFile = out.resolve("synthetic-" + size + ".basin.yaml");
        Files.writeString(basinFile, BasinConversion.convert(v2).yaml());
        String name = "synthetic-" + size + " x 365 d";
        PywrModel pywr = PywrModel.read(v2);
        for (SolverKind solver : LP_SOLVERS) {
            report(name, "cost (" + solver.name() + ")", network.nodeCount(), axis.size(),
                    () -> PywrRun.run(pywr, solver).size());
        }
        Network basin = BasinFileReader.read(basinFile).prepare(Optional.empty(), List.of());
        for (SolverKind solver : LP_SOLVERS) {
            report(name, "priority (" + solver.name() + ")", basin.nodes().size(), axis.size(),
                    () -> Simulation.run(basin, axis, solver, Progress.NONE).axis().size());
        }
    }

    /** Runs the case warm and prints the median over the measured runs; {@code nodes} < 0 leaves the cell empty. */
    private void report(String name, String engine, int nodes, int steps, Supplier<Integer> run) {
        for (int i = 0; i < warmupRuns; i++) {
            run.get();
        }
        double[] ms = new double[measuredRuns];
        for (int i = 0; i < measuredRuns; i++) {
            long start = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[ms.length / 2];
        System.out.printf("%-34s %-14s %6s %6d %10.2f %10.4f%n", name, engine, nodes < 0 ? "" : "" + nodes, steps,
                median, median / steps);
    }
}
