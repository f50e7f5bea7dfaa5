package org.riparian.model.agreement;

import java.util.List;

/** A rule the parties of a basin agreed on; agreements are data of the basin, not code. */
public sealed interface Agreement permits WithdrawalLimit, MinimumFlow, TerminalInflow, StorageSchedule, ReleaseSchedule,
        EnergyDelivery {

    String id();

    /** ISO alpha-3 codes of the countries bound by or benefiting from the agreement. */
    List<String> parties();

    /** The period in which it binds and the tolerance of its compliance. */
    Terms terms();
}
