package org.riparian.cli.compliance;

import java.time.Instant;
import java.time.LocalDate;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.StoreChoice;
import org.riparian.model.time.StepKind;
import org.riparian.server.agreement.AgreementBook;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.compliance.ComplianceRun;
import org.riparian.store.Store;

/** What both commands ask the store: a season's compliance through a decade, as of an instant, against the plan of the chosen run. */
record Question(PreparedRun run, LocalDate throughDecade, Instant asOf) {

    Question {
        if (run.axis().kind() != StepKind.DECADE) {
            throw new IllegalArgumentException("compliance is held per decade; --step must be decade");
        }
    }

    static Instant asOf(String text) {
        return text == null ? Instant.now() : ComplianceRun.asOf(text);
    }

    /** The basin file's agreements with those stored through the API on top, as /api/v1/compliance holds them. */
    ComplianceReport ask(StoreChoice storeChoice) {
        try (Store store = Store.open(storeChoice.settings())) {
            AgreementBook book = new AgreementBook(store, run.basin().name(), run.network());
            return new ComplianceRun(run.season(), throughDecade, asOf).report(store, new ApprovedPlans(run.basin().name(), run.network()),
                    book.agreements());
        }
    }
}
