package pl.synergia.shared.problem;

import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

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
            JsonObject problem = new JsonObject()
                    .put("type", ProblemType.BLANK)
                    .put("title", "Not Found")
                    .put("status", 404)
                    .put("detail", "There is nothing at this address.")
                    .put("instance", ctx.request().path());
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(problem.encode());
        });
    }
}
