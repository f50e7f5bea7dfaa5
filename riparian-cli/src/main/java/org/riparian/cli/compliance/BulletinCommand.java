package org.riparian.cli.compliance;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import org.riparian.server.bulletin.Bulletin;
import org.riparian.server.bulletin.BulletinCsv;
import org.riparian.server.bulletin.BulletinHtml;
import org.riparian.server.bulletin.BulletinPdf;
import org.riparian.server.bulletin.BulletinTables;
import org.riparian.server.compliance.ComplianceJson;
import org.riparian.server.compliance.ComplianceRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code riparian report bulletin --decade 2026-07-2}: one decade's bulletin as HTML, PDF and CSV. */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = "The decade bulletin: withdrawals against limits per country and canal, deliveries, inflow to the Aral seas, "
                + "reservoirs against plan and schedule, and the breaches with their attribution.")
public final class BulletinCommand implements Callable<Integer> {

    @Mixin
    RunChoice choice;

    @Mixin
    StoreChoice store;

    @Option(names = "--decade", required = true, paramLabel = "DECADE", description = "The decade, such as 2026-07-2 (second decade of July).")
    String decade;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The data as the store held them at the end of DATE; default now.")
    String asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "Write bulletin.html, bulletin.pdf, bulletin.csv and compliance.json here (all or none).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, html or csv on standard output (default: ${DEFAULT-VALUE}); the PDF needs --out.")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("html") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown format '" + format + "', expected table, html or csv (the PDF is written with --out)");
        }
        LocalDate first = ComplianceRun.decade(decade);
        Instant instant = Question.asOf(asOf);
        PreparedRun run = choice.prepare(ComplianceRun.seasonOf(first));
        ComplianceReport report = new Question(run, first, instant).ask(store);
        Bulletin bulletin = BulletinTables.of(report, run.basin().name(), instant);
        if (out.isPresent()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("bulletin.html", BulletinHtml.of(bulletin).getBytes(StandardCharsets.UTF_8));
            files.put("bulletin.pdf", BulletinPdf.of(bulletin));
            files.put("bulletin.csv", BulletinCsv.of(bulletin).getBytes(StandardCharsets.UTF_8));
            files.put("compliance.json", JsonText.of(ComplianceJson.of(report, instant), "the compliance report").getBytes(StandardCharsets.UTF_8));
            OutputFolder.writeAllBytes(out.get(), files, "the bulletin");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case "html" -> stdout.print(BulletinHtml.of(bulletin));
            case "csv" -> stdout.print(BulletinCsv.of(bulletin));
            default -> TextTables.print(bulletin, stdout);
        }
        stdout.flush();
        return RiparianCommand.OK;
    }
}
