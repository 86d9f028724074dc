package vn.edu.portal.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second server of the portal beside the one Arquillian deployed: the same WAR in its own
 * Payara Micro JVM, on the same database and storage directory, with a search index of its
 * own, exactly as a second node in production. Started in the background when the suite
 * starts (a start costs about half a minute), awaited by the tests that need it.
 */
public final class SecondNode {

    private static Process process;
    private static Path log;

    private SecondNode() {
    }

    public static String baseUrl() {
        return "http://localhost:" + Integer.getInteger("it.node2.port", 18082);
    }

    /** Starts the node unless it runs already; returns at once. */
    public static synchronized void start() {
        if (process != null) {
            return;
        }
        try {
            Path search = Path.of("target", "it-search-node2");
            deleteTree(search);
            log = Path.of("target", "it-node2.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", payaraJar(),
                    "--deploy", new File("target/portal.war").getAbsolutePath(), "--contextroot", "/",
                    "--port", String.valueOf(Integer.getInteger("it.node2.port", 18082)), "--nocluster")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("PORTAL_SEARCH_DIR", search.toAbsolutePath().toString());
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(SecondNode::stop));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers ready (it shares the database, so the schema is there already). */
    public static String awaitReady() {
        start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second node stopped; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return baseUrl();
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        throw new IllegalStateException("the second node was not ready within 240 s; see " + log.toAbsolutePath());
    }

    public static synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The Payara Micro jar the tests depend on (Maven put it on the test class path). */
    private static String payaraJar() {
        try {
            return Path.of(Class.forName("fish.payara.micro.PayaraMicro").getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("payara-micro is not on the test class path", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
