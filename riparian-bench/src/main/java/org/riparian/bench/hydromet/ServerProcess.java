package org.riparian.bench.hydromet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@link HydrometMain} child JVM: started, read for its token and port, and killed with SIGKILL. */
final class ServerProcess {

    final Process process;
    final String token;
    final int port;

    private ServerProcess(Process process, String token, int port) {
        this.process = process;
        this.token = token;
        this.port = port;
    }

    static ServerProcess start(Path data, String mqtt, String clientId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                HydrometMain.class.getName(), data.toString(), mqtt, clientId))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String[]> ready = CompletableFuture.supplyAsync(() -> read(lines));
        String[] tokenAndPort = ready.get(60, TimeUnit.SECONDS);
        return new ServerProcess(process, tokenAndPort[0], Integer.parseInt(tokenAndPort[1]));
    }

    private static String[] read(BufferedReader lines) {
        String token = null;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("TOKEN ")) {
                    token = line.substring(6);
                } else if (line.startsWith("PORT ")) {
                    return new String[] {token, line.substring(5)};
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the server process's output could not be read", e);
        }
        throw new IllegalStateException("the server process ended before it served");
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
