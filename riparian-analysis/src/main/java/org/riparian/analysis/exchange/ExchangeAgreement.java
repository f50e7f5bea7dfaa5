package org.riparian.analysis.exchange;

import java.time.MonthDay;
import java.util.List;

/**
 * A water-for-energy agreement between riparians, such as the 2000 Kairakkum agreement: a reservoir filled to a
 * volume by a date, minimum releases at a gauge per month, and electricity delivered from one party to another in
 * given months.
 */
public record ExchangeAgreement(String name, List<String> parties, List<StorageTarget> storageTargets,
        List<MinimumRelease> minimumReleases, List<EnergyDelivery> energyDeliveries) {

    public ExchangeAgreement {
        parties = List.copyOf(parties);
        storageTargets = List.copyOf(storageTargets);
        minimumReleases = List.copyOf(minimumReleases);
        energyDeliveries = List.copyOf(energyDeliveries);
    }

    /** The reservoir holds at least {@code atLeastHm3} at the end of the day {@code by}. */
    public record StorageTarget(String reservoir, MonthDay by, double atLeastHm3) {
    }

    /** The flow leaving the gauge averages at least {@code flowM3s} over the month (1–12). */
    public record MinimumRelease(String gauge, int month, double flowM3s) {
    }

    /** {@code energyGwh} in all, delivered in equal parts over the months (1–12). */
    public record EnergyDelivery(String from, String to, List<Integer> months, double energyGwh) {
        public EnergyDelivery {
            months = List.copyOf(months);
        }
    }
}
