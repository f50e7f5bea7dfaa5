package org.riparian.cli.compliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.analysis.run.PreparedRun;
import org.riparian.cli.JsonText;
import org.riparian.cli.OutputFolder;
import org.riparian.cli.RiparianCommand;
import org.riparian.cli.RunChoice;
import org.riparian.cli.StoreChoice;
import org.riparian.server.bulletin.BulletinTables;
import org.riparian.server.compliance.ComplianceCsv;
import org.riparian.server.compliance.ComplianceJson;
import org.riparian.server.compliance.ComplianceRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian compliance}: every agreement and the plan against the store's observations, per decade and to date. */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "Hold the basin's agreements and the approved plan against the hydromet store's observations: per decade and "
                + "cumulative, absolute and %, met / within tolerance / breached / no data, with shortfalls traced upstream.")
public final class ComplianceCommand implements Callable<Integer> {

    @Mixin
    RunChoice choice;

    @Mixin
    StoreChoice store;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The data as the store held them at the end of DATE (or at an instant "
            + "such as 2026-08-15T06:00:00Z); default now. Also the last decade reported, unless --decade is given.")
    String asOf;

    @Option(names = "--decade", paramLabel = "DECADE", description = "Report through this decade, such as 2026-07-2.")
    String decade;

    @Option(names = "--out", paramLabel = "DIR", description = "Write compliance.json and compliance.csv here (both or none).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv on standard output (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown format '" + format + "', expected table, json or csv");
        }
        var instant = Question.asOf(asOf);
        PreparedRun run = choice.prepare(ComplianceRun.defaultSeason(LocalDate.ofInstant(instant, ComplianceRun.CALENDAR)));
        LocalDate through = decade == null ? ComplianceRun.lastDecade(run.season(), LocalDate.ofInstant(instant, ComplianceRun.CALENDAR))
                : ComplianceRun.decade(decade);
        ComplianceReport report = new Question(run, through, instant).ask(store);
        String json = JsonText.of(ComplianceJson.of(report, instant), "the compliance report");
        String csv = ComplianceCsv.of(report);
        if (out.isPresent()) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("compliance.json", json);
            files.put("compliance.csv", csv);
            OutputFolder.writeAll(out.get(), files, "the compliance report");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case "json" -> stdout.println(json);
            case "csv" -> stdout.print(csv);
            default -> TextTables.print(BulletinTables.of(report, run.basin().name(), instant), stdout);
        }
        stdout.flush();
        return RiparianCommand.OK;
    }
}
