package org.riparian.model.economy;

import org.riparian.model.network.MonthlyValues;

/**
 * A country's electricity as the planning objective sees it: the monthly demand hydropower can serve (GWh per
 * month), the value of a MWh served in each month (US$/MWh: the cost of the thermal or imported power it replaces,
 * higher in winter), and the value of surplus hydropower sold abroad (US$/MWh).
 */
public record CountryEnergy(String country, MonthlyValues demandGwh, MonthlyValues valueUsdPerMwh, double exportUsdPerMwh) {

    public CountryEnergy {
        if (!Double.isFinite(exportUsdPerMwh) || exportUsdPerMwh < 0) {
            throw new IllegalArgumentException("export_value is " + exportUsdPerMwh + ", expected a finite number >= 0 USD/MWh");
        }
    }
}
