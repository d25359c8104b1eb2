package pl.synergia.shared.http;

import java.util.List;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import pl.synergia.shared.http.ProblemWriter;
import pl.synergia.shared.request.RequestIds;


/**
 * Any {@code /api/...} address that no resource serves answers 404 as problem+json, not as the
 * HTTP server's plain default page.
 */
public class ApiFallbackRoute {

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            ProblemWriter.write(ctx.response(), 404, "There is nothing at this address.", ctx.request().path(), List.of(),
                    RequestIds.current().orElse(null));
        });
    }
}
