package org.riparian.engine.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.EngineException;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.engine.lp.SolveStatus;
import org.riparian.model.network.Inflow;
import org.riparian.model.network.Link;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.time.Step;

/**
 * A step the solver could not solve. Names the step, the nodes whose water cannot leave through the capacity of
 * their links, and the file where the LP was written with readable names.
 */
public final class InfeasibleStepException extends EngineException {

    private final Step step;
    private final List<String> suspects;
    private final Path lpFile;

    private InfeasibleStepException(String message, Step step, List<String> suspects, Path lpFile) {
        super(message);
        this.step = step;
        this.suspects = List.copyOf(suspects);
        this.lpFile = lpFile;
    }

    static InfeasibleStepException diagnose(Step step, SolveStatus status, Network network, RunInputs inputs, LinearSolver lp) {
        List<String> suspects = overloadedNodes(step, network, inputs);
        Path file = writeLp(step, lp);
        String message = "step " + step.label() + " (" + step.start() + " to " + step.end() + ") " + outcome(status)
                + (suspects.isEmpty() ? "" : ": " + String.join("; ", suspects))
                + (file == null ? "" : "; the LP is in " + file);
        return new InfeasibleStepException(message, step, suspects, file);
    }

    private static String outcome(SolveStatus status) {
        return switch (status) {
            case INFEASIBLE -> "has no allocation that keeps every balance and capacity";
            case UNBOUNDED -> "is unbounded (a bug in the model's costs, please report it)";
            default -> "could not be solved by the LP solver";
        };
    }

    /** Inflow nodes whose fixed volume exceeds what their links can carry away: the usual cause. */
    private static List<String> overloadedNodes(Step step, Network network, RunInputs inputs) {
        List<String> suspects = new ArrayList<>();
        List<Node> nodes = network.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            if (!(nodes.get(n) instanceof Inflow inflow)) {
                continue;
            }
            double volume = inputs.nodeSeriesHm3()[n][step.index()];
            double capacity = 0;
            for (Link link : network.linksFrom(inflow.id())) {
                capacity += link.capacityM3s().map(c -> RunInputs.capacityHm3(c, step)).orElse(Double.POSITIVE_INFINITY);
            }
            if (volume > capacity + 1e-9) {
                suspects.add(String.format("balance[%s]: inflow %.3f hm3 but its links carry at most %.3f hm3", inflow.id(), volume, capacity));
            }
        }
        return suspects;
    }

    private static Path writeLp(Step step, LinearSolver lp) {
        try {
            Path file = Files.createTempFile("riparian-infeasible-" + step.label() + "-", ".lp");
            Files.writeString(file, lp.toLpFormat());
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public Step step() {
        return step;
    }

    public List<String> suspects() {
        return suspects;
    }

    public java.util.Optional<Path> lpFile() {
        return java.util.Optional.ofNullable(lpFile);
    }
}
