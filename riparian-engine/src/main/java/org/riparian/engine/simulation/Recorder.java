package org.riparian.engine.simulation;

import java.util.List;
import org.riparian.engine.allocation.Requirement;
import org.riparian.engine.allocation.StepOutcome;
import org.riparian.model.network.Network;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/** Copies each step's outcome into the run's arrays. */
public final class Recorder {

    private final Network network;
    private final TimeAxis axis;
    private final double[][] flow;
    private final double[][] intake;
    private final double[][] storageStart;
    private final double[][] storageEnd;
    private final double[][] release;
    private final double[][] spill;
    private final double[][] evaporation;
    private final double[][] need;
    private final double[][] shortage;
    private final double[][] requirementTarget;
    private final double[][] requirementDeficit;
    private final double[] residual;
    private final double[] largestFlow;

    public Recorder(Network network, TimeAxis axis, int requirements) {
        this.network = network;
        this.axis = axis;
        int steps = axis.size();
        int nodes = network.nodes().size();
        flow = new double[steps][network.links().size()];
        intake = new double[steps][nodes];
        storageStart = new double[steps][nodes];
        storageEnd = new double[steps][nodes];
        release = new double[steps][nodes];
        spill = new double[steps][nodes];
        evaporation = new double[steps][nodes];
        need = new double[steps][nodes];
        shortage = new double[steps][nodes];
        requirementTarget = new double[steps][requirements];
        requirementDeficit = new double[steps][requirements];
        residual = new double[steps];
        largestFlow = new double[steps];
    }

    public void record(Step step, StepOutcome outcome) {
        int t = step.index();
        for (int l = 0; l < flow[t].length; l++) {
            flow[t][l] = outcome.flowHm3(l);
        }
        for (int n = 0; n < intake[t].length; n++) {
            intake[t][n] = outcome.intakeHm3(n);
            storageStart[t][n] = outcome.storageStartHm3(n);
            storageEnd[t][n] = outcome.storageEndHm3(n);
            release[t][n] = outcome.releaseHm3(n);
            spill[t][n] = outcome.spillHm3(n);
            evaporation[t][n] = outcome.evaporationHm3(n);
            need[t][n] = outcome.needHm3(n);
            shortage[t][n] = outcome.shortageHm3(n);
        }
        for (int r = 0; r < requirementTarget[t].length; r++) {
            requirementTarget[t][r] = outcome.requirementTargetHm3(r);
            requirementDeficit[t][r] = outcome.requirementDeficitHm3(r);
        }
        residual[t] = outcome.massBalanceResidualHm3();
        largestFlow[t] = outcome.largestFlowHm3();
    }

    SimulationResult result(List<Requirement> requirements, RunStatistics statistics) {
        return result(requirements, statistics, Simulation.energyGwh(network, axis, intake, storageStart, storageEnd));
    }

    /** The result with energy computed elsewhere (a season LP knows the turbined flow and head it used). */
    public SimulationResult result(List<Requirement> requirements, RunStatistics statistics, double[][] energy) {
        return new SimulationResult(network, axis, requirements, flow, intake, storageStart, storageEnd, release, spill,
                evaporation, need, shortage, energy, requirementTarget, requirementDeficit, residual, largestFlow, statistics);
    }
}
