package vn.edu.portal.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * How long the start took, for the demo's banner: since this JVM started, and, when the JVM was
 * forked by Maven ({@code mvn payara-micro:start}), since that command started, which is what a
 * person waits for after typing it.
 */
public final class StartupClock {

    private StartupClock() {
    }

    public static Duration sinceJvmStart() {
        return Duration.ofMillis(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** The start of the Maven command that forked this JVM, if it was one. */
    static Optional<Instant> mavenStart() {
        try {
            return ProcessHandle.current().parent()
                    .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(x -> x.contains("plexus-classworlds")))
                            .orElse(false) || p.info().commandLine().map(c -> c.contains("plexus-classworlds")).orElse(false))
                    .flatMap(p -> p.info().startInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** e.g. "Ready 9.8 s after the JVM started (12.6 s after mvn started)". */
    public static String describe() {
        String text = String.format("Ready %.1f s after the JVM started", sinceJvmStart().toMillis() / 1000.0);
        Optional<Instant> maven = mavenStart();
        if (maven.isPresent()) {
            text += String.format(" (%.1f s after mvn started)",
                    Duration.between(maven.get(), Instant.now()).toMillis() / 1000.0);
        }
        return text + "; the demo's pictures follow in the background.";
    }
}
