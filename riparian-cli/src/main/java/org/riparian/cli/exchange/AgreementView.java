package org.riparian.cli.exchange;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.riparian.analysis.exchange.AgreementEvaluation;

/** An agreement evaluation as printed and as agreement.json: clauses with their numbers, and each party's cost. */
record AgreementView(String agreement, List<ClauseRow> clauses, List<PartyRow> parties) {

    record ClauseRow(String clause, String unit, double required, @JsonProperty("optimum") double optimum,
            @JsonProperty("met_by_optimum") boolean metByOptimum, @JsonProperty("agreed_plan") double agreed,
            @JsonProperty("met_by_agreed_plan") boolean metByAgreedPlan) {
    }

    record PartyRow(String country, @JsonProperty("optimum_musd") double optimumMusd,
            @JsonProperty("agreed_plan_musd") double agreedPlanMusd, @JsonProperty("deliveries_musd") double deliveriesMusd,
            @JsonProperty("cost_of_agreement_musd") double costMusd) {
    }

    static AgreementView of(AgreementEvaluation.Report report) {
        List<ClauseRow> clauses = new ArrayList<>();
        report.clauses().forEach(c -> clauses.add(new ClauseRow(c.clause(), c.unit(), c.required(), c.optimumActual(), c.metByOptimum(),
                c.agreedActual(), c.metByAgreedPlan())));
        List<PartyRow> parties = new ArrayList<>();
        report.parties().values().forEach(p -> parties.add(new PartyRow(p.country(), p.optimumMusd(), p.agreedPlanMusd(),
                p.deliveriesMusd(), p.costMusd())));
        return new AgreementView(report.agreement(), clauses, parties);
    }

    @JsonIgnore
    String text() {
        StringBuilder text = new StringBuilder("Agreement: " + agreement + "\n\n");
        text.append(String.format(Locale.ROOT, "%-44s %8s %10s %10s %-6s %10s %-6s%n", "clause", "unit", "required", "optimum", "met",
                "agreed", "met"));
        clauses.forEach(c -> text.append(String.format(Locale.ROOT, "%-44s %8s %10.1f %10.1f %-6s %10.1f %-6s%n", c.clause(), c.unit(),
                c.required(), c.optimum(), c.metByOptimum() ? "yes" : "NO", c.agreed(), c.metByAgreedPlan() ? "yes" : "NO")));
        text.append(String.format(Locale.ROOT, "%n%-8s %14s %14s %14s %14s%n", "party", "optimum M US$", "agreed plan", "deliveries",
                "cost"));
        parties.forEach(p -> text.append(String.format(Locale.ROOT, "%-8s %14.2f %14.2f %14.2f %14.2f%n", p.country(), p.optimumMusd(),
                p.agreedPlanMusd(), p.deliveriesMusd(), p.costMusd())));
        text.append("(cost: benefit at the optimum minus benefit under the agreement, deliveries valued at each side's own price)");
        return text.toString();
    }
}
