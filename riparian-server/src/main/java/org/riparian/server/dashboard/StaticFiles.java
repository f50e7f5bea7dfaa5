package org.riparian.server.dashboard;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.riparian.store.NotFoundException;

/** Files of the dashboard from the classpath; a path that climbs out of its folder is simply not found. */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");

    private StaticFiles() {
    }

    static void send(Context ctx, String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        InputStream content = resource.contains("..") || !TYPES.containsKey(extension) ? null
                : StaticFiles.class.getClassLoader().getResourceAsStream(resource);
        if (content == null) {
            throw new NotFoundException("no dashboard file at " + ctx.path());
        }
        ctx.header("Cache-Control", "no-cache").contentType(TYPES.get(extension)).result(content);
    }

    /** The path of {@code file} inside the WebJar {@code name} on the classpath, whatever version it is. */
    static String webJar(String name, String file) {
        String properties = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + name + " is not on the classpath");
            }
            Properties pom = new Properties();
            pom.load(in);
            return "META-INF/resources/webjars/" + name + "/" + pom.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
