package org.riparian.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.riparian.analysis.compliance.ComplianceReport;
import org.riparian.model.time.Season;
import org.riparian.server.agreement.AgreementBook;
import org.riparian.server.bulletin.Bulletin;
import org.riparian.server.bulletin.BulletinCsv;
import org.riparian.server.bulletin.BulletinHtml;
import org.riparian.server.bulletin.BulletinPdf;
import org.riparian.server.bulletin.BulletinTables;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.compliance.ComplianceJson;
import org.riparian.server.compliance.ComplianceRun;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.Json;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.Store;

/**
 * {@code GET /api/v1/compliance} (the report as JSON: season, as-of, decade) and {@code GET /api/v1/compliance/bulletin}
 * (one decade's bulletin as html, pdf or csv). Compliance is computed from every country's series, open or not, so
 * either needs a token.
 */
public final class ComplianceRoutes {

    private final Store store;
    private final ApprovedPlans plans;
    private final AgreementBook book;

    /** Compliance holds the agreements of {@code book}: the basin file's with the stored ones on top. */
    public ComplianceRoutes(Store store, ApprovedPlans plans, AgreementBook book) {
        this.store = store;
        this.plans = plans;
        this.book = book;
    }

    public void install(Javalin app) {
        app.get("/api/v1/compliance", this::report);
        app.get("/api/v1/compliance/bulletin", this::bulletin);
    }

    private void report(Context ctx) {
        Instant asOf = asOf(ctx);
        Season season = parsed("season", () -> {
            String text = ctx.queryParam("season");
            return text == null ? ComplianceRun.defaultSeason(LocalDate.ofInstant(asOf, ZoneOffset.UTC)) : Season.parse(text);
        });
        LocalDate decade = ctx.queryParam("decade") == null ? ComplianceRun.lastDecade(season, LocalDate.ofInstant(asOf, ComplianceRun.CALENDAR))
                : parsed("decade", () -> ComplianceRun.decade(ctx.queryParam("decade")));
        Json.send(ctx, 200, ComplianceJson.of(run(ctx, new ComplianceRun(season, decade, asOf)), asOf));
    }

    private void bulletin(Context ctx) {
        String text = ctx.queryParam("decade");
        if (text == null) {
            throw new InvalidInputException("decade", "is required: the decade of the bulletin, such as 2026-07-2");
        }
        LocalDate decade = parsed("decade", () -> ComplianceRun.decade(text));
        Instant asOf = asOf(ctx);
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("html");
        ComplianceReport report = run(ctx, new ComplianceRun(ComplianceRun.seasonOf(decade), decade, asOf));
        Bulletin bulletin = BulletinTables.of(report, plans.basin(), asOf);
        switch (format) {
            case "html" -> ctx.contentType("text/html; charset=utf-8").result(BulletinHtml.of(bulletin));
            case "pdf" -> ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"bulletin-" + report.throughDecade() + ".pdf\"")
                    .result(BulletinPdf.of(bulletin));
            case "csv" -> ctx.contentType("text/csv; charset=utf-8").result(BulletinCsv.of(bulletin));
            default -> throw new InvalidInputException("format", "'" + format + "', expected html, pdf or csv");
        }
    }

    private ComplianceReport run(Context ctx, ComplianceRun run) {
        if (!Authentication.principal(ctx).readsAll()) {
            throw new ForbiddenException("compliance is computed from every country's series, open or not; a token is needed to read it");
        }
        return parsed("decade", () -> run.report(store, plans, book.agreements()));
    }

    private static Instant asOf(Context ctx) {
        String text = ctx.queryParam("as-of");
        return text == null ? Instant.now() : parsed("as-of", () -> ComplianceRun.asOf(text));
    }

    /** Refusals of the model's parsers (IllegalArgumentException) become 400s naming the parameter. */
    private static <T> T parsed(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
