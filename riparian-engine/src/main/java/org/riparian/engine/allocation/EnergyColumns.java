package org.riparian.engine.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.riparian.engine.lp.LinearSolver;
import org.riparian.model.economy.CountryEnergy;
import org.riparian.model.economy.Economy;
import org.riparian.model.network.Hydropower;
import org.riparian.model.network.Network;
import org.riparian.model.network.Node;
import org.riparian.model.series.Volumes;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * The electricity part of a season LP. Per plant and step a turbined volume, at most the flow through the plant, the
 * turbines' capacity and the installed power; per country and step the energy its plants produce, split into energy
 * serving its demand (valued at the power it replaces) and surplus sold abroad (valued at the export price).
 */
public final class EnergyColumns {

    private static final double INF = Double.POSITIVE_INFINITY;
    /**
     * Million US$ per GWh the linearised energy may be topped up when a step away from the linearisation point makes
     * it negative; far above any value of energy, so it is zero in any sensible solution.
     */
    private static final double SLACK_PENALTY = 10;

    private final List<String> countries = new ArrayList<>();
    private final List<CountryEnergy> energies = new ArrayList<>();
    private final int[][] turbineColumn;
    private final int[][] servedColumn;
    private final int[][] surplusColumn;
    private final int[][] energyRow;
    private final int[][] slackColumn;
    private final double[][] demandGwh;
    private final TimeAxis axis;
    private final List<Node> nodes;

    EnergyColumns(LinearSolver lp, Network network, Economy economy, TimeAxis axis, LpLayout[] layouts) {
        this.axis = axis;
        this.nodes = network.nodes();
        economy.energy().values().stream().sorted((a, b) -> a.country().compareTo(b.country())).forEach(energy -> {
            countries.add(energy.country());
            energies.add(energy);
        });
        turbineColumn = new int[axis.size()][nodes.size()];
        servedColumn = new int[axis.size()][countries.size()];
        surplusColumn = new int[axis.size()][countries.size()];
        energyRow = new int[axis.size()][countries.size()];
        slackColumn = new int[axis.size()][countries.size()];
        demandGwh = new double[axis.size()][countries.size()];
        for (Step step : axis.steps()) {
            addStep(lp, step, layouts[step.index()]);
        }
    }

    private void addStep(LinearSolver lp, Step step, LpLayout layout) {
        int t = step.index();
        String suffix = "@" + step.label();
        for (int c = 0; c < countries.size(); c++) {
            demandGwh[t][c] = monthlyToStep(energies.get(c), step);
            servedColumn[t][c] = lp.addColumn("energy_served[" + countries.get(c) + "]" + suffix, 0, demandGwh[t][c]);
            surplusColumn[t][c] = lp.addColumn("energy_surplus[" + countries.get(c) + "]" + suffix, 0, INF);
            energyRow[t][c] = lp.addRow("energy[" + countries.get(c) + "]" + suffix, 0, 0);
            lp.addCoefficient(energyRow[t][c], servedColumn[t][c], 1);
            lp.addCoefficient(energyRow[t][c], surplusColumn[t][c], 1);
            slackColumn[t][c] = lp.addColumn("energy_linearisation_slack[" + countries.get(c) + "]" + suffix, 0, INF);
            lp.addCoefficient(energyRow[t][c], slackColumn[t][c], -1);
        }
        for (int n = 0; n < nodes.size(); n++) {
            turbineColumn[t][n] = LpLayout.NONE;
            if (nodes.get(n) instanceof Hydropower plant) {
                turbineColumn[t][n] = lp.addColumn("turbine[" + plant.id() + "]" + suffix, 0, INF);
                int row = lp.addRow("turbine_flow[" + plant.id() + "]" + suffix, -INF, 0);
                lp.addCoefficient(row, turbineColumn[t][n], 1);
                for (int l = 0; l < layout.links.size(); l++) {
                    if (layout.links.get(l).from().equals(plant.id())) {
                        lp.addCoefficient(row, layout.flowColumn[l], -1);
                    }
                }
            }
        }
    }

    /** Monthly GWh spread evenly over the month's days, summed over the step's days. */
    private static double monthlyToStep(CountryEnergy energy, Step step) {
        double total = 0;
        for (LocalDate day = step.start(); day.isBefore(step.endExclusive()); day = day.plusDays(1)) {
            total += energy.demandGwh().month(day.getMonthValue()) / day.lengthOfMonth();
        }
        return total;
    }

    /** Values energy of the given countries (all when empty); others' energy counts for nothing. */
    void setCosts(LinearSolver lp, java.util.Set<String> beneficiaries) {
        for (Step step : axis.steps()) {
            for (int c = 0; c < countries.size(); c++) {
                CountryEnergy energy = energies.get(c);
                double counted = beneficiaries.isEmpty() || beneficiaries.contains(countries.get(c)) ? 1 : 0;
                lp.setCost(servedColumn[step.index()][c], -counted * energy.valueUsdPerMwh().month(step.start().getMonthValue()) / 1000);
                lp.setCost(surplusColumn[step.index()][c], -counted * energy.exportUsdPerMwh() / 1000);
                lp.setCost(slackColumn[step.index()][c], SLACK_PENALTY);
            }
        }
    }

    /** The plant's energy per hm³ this step and the turbine caps that follow from it. */
    void setPlant(LinearSolver lp, Step step, int node, Hydropower plant, double gwhPerHm3) {
        int t = step.index();
        double capacityHm3 = Volumes.hm3FromM3s(plant.turbineMaxFlowM3s(), step.days());
        if (gwhPerHm3 > 0) {
            capacityHm3 = Math.min(capacityHm3, plant.installedMw() * step.days() * 24 / 1000 / gwhPerHm3);
        }
        lp.setColumnBounds(turbineColumn[t][node], 0, capacityHm3);
        int c = countries.indexOf(plant.country());
        if (c >= 0) {
            lp.setCoefficient(energyRow[t][c], turbineColumn[t][node], -gwhPerHm3);
        }
    }

    /** The energy row of a country in a step, or NONE when the basin gives that country no electricity data. */
    int energyRow(int step, String country) {
        int c = countries.indexOf(country);
        return c < 0 ? LpLayout.NONE : energyRow[step][c];
    }

    public List<String> countries() {
        return List.copyOf(countries);
    }

    public double turbinedHm3(LinearSolver lp, int step, int node) {
        return turbineColumn[step][node] == LpLayout.NONE ? 0 : Math.max(0, lp.value(turbineColumn[step][node]));
    }

    public double servedGwh(LinearSolver lp, int step, int country) {
        return Math.max(0, lp.value(servedColumn[step][country]));
    }

    public double surplusGwh(LinearSolver lp, int step, int country) {
        return Math.max(0, lp.value(surplusColumn[step][country]));
    }

    public double demandGwh(int step, int country) {
        return demandGwh[step][country];
    }

    public CountryEnergy energy(int country) {
        return energies.get(country);
    }
}
