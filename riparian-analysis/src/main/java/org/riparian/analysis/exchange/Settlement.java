package org.riparian.analysis.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riparian.engine.planning.PlanningResult;
import org.riparian.model.economy.Economy;
import org.riparian.model.time.Step;
import org.riparian.model.time.TimeAxis;

/**
 * Splits the gain of cooperation and settles it. Each country is owed its benefit alone plus its share of the gain;
 * who ends with less than that under the cooperative plan receives the difference from those who end with more. A
 * receiver is paid first in electricity in the months it is short of it, dearest month first and valued at its own
 * price (the thermal or imported power it no longer needs); what electricity cannot cover is paid in money. Each
 * payer contributes in proportion to what it owes.
 */
final class Settlement {

    private static final double NEGLIGIBLE_MUSD = 1e-6;

    private final Map<String, Double> transferMusd = new LinkedHashMap<>();
    private final List<ExchangeResult.EnergyTransfer> energy = new ArrayList<>();
    private final List<ExchangeResult.MoneyTransfer> money = new ArrayList<>();

    /** Equal split of the gain: the default rule until coalition values give a Shapley split. */
    static Map<String, Double> equalSplit(Map<String, Double> aloneMusd, double gainMusd) {
        Map<String, Double> settled = new LinkedHashMap<>();
        double share = aloneMusd.isEmpty() ? 0 : Math.max(0, gainMusd) / aloneMusd.size();
        aloneMusd.forEach((country, alone) -> settled.put(country, alone + share));
        return settled;
    }

    Settlement(Map<String, Double> settledMusd, Map<String, Double> togetherMusd, PlanningResult together, Economy economy,
            TimeAxis axis) {
        settledMusd.forEach((country, settled) -> transferMusd.put(country, settled - togetherMusd.get(country)));
        double owedTotal = transferMusd.values().stream().filter(v -> v < -NEGLIGIBLE_MUSD).mapToDouble(v -> -v).sum();
        for (Map.Entry<String, Double> receiver : transferMusd.entrySet()) {
            if (receiver.getValue() > NEGLIGIBLE_MUSD) {
                double left = payInEnergy(receiver.getKey(), receiver.getValue(), owedTotal, together, economy, axis);
                payInMoney(receiver.getKey(), left, owedTotal);
            }
        }
    }

    private double payInEnergy(String receiver, double dueMusd, double owedTotal, PlanningResult together, Economy economy,
            TimeAxis axis) {
        double left = dueMusd;
        for (MonthShortage month : shortages(receiver, together, economy, axis)) {
            if (left <= NEGLIGIBLE_MUSD) {
                break;
            }
            double gwh = Math.min(month.unservedGwh(), left / (month.usdPerMwh() / 1000));
            left -= gwh * month.usdPerMwh() / 1000;
            for (Map.Entry<String, Double> payer : transferMusd.entrySet()) {
                if (payer.getValue() < -NEGLIGIBLE_MUSD) {
                    double part = -payer.getValue() / owedTotal;
                    energy.add(new ExchangeResult.EnergyTransfer(month.month(), payer.getKey(), receiver, gwh * part,
                            gwh * part * month.usdPerMwh() / 1000));
                }
            }
        }
        return left;
    }

    private void payInMoney(String receiver, double dueMusd, double owedTotal) {
        if (dueMusd <= NEGLIGIBLE_MUSD) {
            return;
        }
        for (Map.Entry<String, Double> payer : transferMusd.entrySet()) {
            if (payer.getValue() < -NEGLIGIBLE_MUSD) {
                money.add(new ExchangeResult.MoneyTransfer(payer.getKey(), receiver, dueMusd * -payer.getValue() / owedTotal));
            }
        }
    }

    private record MonthShortage(String month, double unservedGwh, double usdPerMwh) {
    }

    /** The receiver's unserved electricity under the cooperative plan, by month, dearest first. */
    private static List<MonthShortage> shortages(String country, PlanningResult together, Economy economy, TimeAxis axis) {
        PlanningResult.EnergyBalance balance = together.energy();
        int c = balance.countries().indexOf(country);
        if (c < 0) {
            return List.of();
        }
        Map<String, double[]> byMonth = new TreeMap<>();
        for (Step step : axis.steps()) {
            String month = String.format("%d-%02d", step.start().getYear(), step.start().getMonthValue());
            double[] entry = byMonth.computeIfAbsent(month, m -> new double[2]);
            entry[0] += balance.demandGwh()[step.index()][c] - balance.servedGwh()[step.index()][c];
            entry[1] = economy.energy(country).map(e -> e.valueUsdPerMwh().month(step.start().getMonthValue())).orElse(0.0);
        }
        List<MonthShortage> months = new ArrayList<>();
        byMonth.forEach((month, entry) -> {
            if (entry[0] > 1e-9 && entry[1] > 0) {
                months.add(new MonthShortage(month, entry[0], entry[1]));
            }
        });
        months.sort(Comparator.comparingDouble(MonthShortage::usdPerMwh).reversed().thenComparing(MonthShortage::month));
        return months;
    }

    Map<String, Double> transferMusd() {
        return transferMusd;
    }

    List<ExchangeResult.EnergyTransfer> energy() {
        return energy;
    }

    List<ExchangeResult.MoneyTransfer> money() {
        return money;
    }
}
