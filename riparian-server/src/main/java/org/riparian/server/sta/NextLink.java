package org.riparian.server.sta;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.riparian.store.query.Query;

/** The {@code @iot.nextLink} of a page: the same request with {@code $skip} moved past it. */
final class NextLink {

    private NextLink() {
    }

    static String of(Context ctx, Map<String, String> options, Query query) {
        List<String> parameters = new ArrayList<>();
        options.forEach((name, value) -> {
            if (!name.equals("$skip") && !name.equals("$top")) {
                parameters.add(encode(name) + "=" + encode(value));
            }
        });
        parameters.add("$top=" + query.top());
        parameters.add("$skip=" + (query.skip() + query.top()));
        return ctx.scheme() + "://" + ctx.host() + ctx.path() + "?" + String.join("&", parameters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
    }
}
