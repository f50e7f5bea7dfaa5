package org.riparian.server;

import io.javalin.Javalin;
import java.util.Optional;
import org.riparian.model.aral.AralBasin;
import org.riparian.server.agreement.AgreementBook;
import org.riparian.server.api.AgreementRoutes;
import org.riparian.server.api.ApiRoutes;
import org.riparian.server.api.ComplianceRoutes;
import org.riparian.server.compliance.ApprovedPlans;
import org.riparian.server.dashboard.DashboardRoutes;
import org.riparian.server.http.Authentication;
import org.riparian.server.http.ErrorMapper;
import org.riparian.server.sta.StaRoutes;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;

/** The HTTP side of the hydromet service over one open store. */
public final class HydrometServer implements AutoCloseable {

    /** The largest request body accepted (413 above): a CreateObservations batch of 10,000 rows fits well. */
    public static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private final Javalin app;

    private HydrometServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port} (port 0: any free port); callers without a token read open data only. */
    public static HydrometServer start(Store store, String host, int port) {
        return start(store, host, port, Principal.ANONYMOUS);
    }

    /**
     * As {@link #start(Store, String, int)}, callers without a token acting as {@code anonymous}: only for a throwaway
     * server that a test suite written without tokens (OGC's conformance suite) must write to.
     */
    public static HydrometServer start(Store store, String host, int port, Principal anonymous) {
        return start(store, host, port, anonymous, Optional.empty());
    }

    /**
     * As {@link #start(Store, String, int)}, also serving the basin's agreements (read, and written by the coordinator),
     * compliance and the decade bulletin against these approved plans.
     */
    public static HydrometServer start(Store store, String host, int port, ApprovedPlans plans) {
        return start(store, host, port, Principal.ANONYMOUS, Optional.of(plans));
    }

    private static HydrometServer start(Store store, String host, int port, Principal anonymous, Optional<ApprovedPlans> plans) {
        Authentication authentication = new Authentication(store.tokens(), anonymous);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.router.treatMultipleSlashesAsSingleSlash = true;
        });
        ErrorMapper.install(app);
        app.before(authentication::authenticate);
        new StaRoutes(store).install(app);
        new ApiRoutes(store).install(app);
        new DashboardRoutes(AralBasin::load).install(app);
        plans.ifPresent(approved -> {
            AgreementBook book = new AgreementBook(store, approved.basin(), approved.network());
            new AgreementRoutes(book).install(app);
            new ComplianceRoutes(store, approved, book).install(app);
        });
        app.start(host, port);
        return new HydrometServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
