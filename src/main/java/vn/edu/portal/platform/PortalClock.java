package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The time by which admission phases open and close. In production it is the system clock. The
 * integration tests walk a round through weeks of phases in minutes: they set
 * {@code portal.clock.offset-file} (an environment variable of the test run only) to a file
 * holding a number of seconds to add. With the key unset, nothing is read and nothing can move
 * the clock.
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    PortalConfig config;

    private volatile Path offsetFile;
    private volatile boolean resolved;

    public Instant now() {
        Path file = offsetFile();
        Instant now = Instant.now();
        if (file == null) {
            return now;
        }
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file).strip() : "";
            return text.isEmpty() ? now : now.plusSeconds(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return now;
        }
    }

    private Path offsetFile() {
        if (!resolved) {
            String configured = config.get("portal.clock.offset-file", "");
            offsetFile = configured.isBlank() ? null : Path.of(configured);
            resolved = true;
        }
        return offsetFile;
    }
}
