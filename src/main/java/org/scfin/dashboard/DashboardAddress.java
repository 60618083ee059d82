package org.scfin.dashboard;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /dashboard}, the address people are given, leads to {@code /dashboard/}, where the static files serve the
 * page's index. The browser keeps the address's fragment (the region and period) through the redirect.
 */
@ApplicationScoped
public class DashboardAddress {

    public static final String PAGE = "/dashboard/";

    void install(@Observes Router router) {
        // Vert.x matches "/dashboard/" to this route too; the page itself is left to the static files
        router.get("/dashboard").handler(ctx -> {
            if (ctx.request().path().equals("/dashboard")) {
                ctx.redirect(PAGE);
            } else {
                ctx.next();
            }
        });
    }
}
