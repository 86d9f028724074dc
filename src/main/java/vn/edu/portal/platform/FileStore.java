package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files, kept under {@code portal.storage.dir}, outside the web root. Names are
 * generated here; a user's file name never becomes a path.
 */
@ApplicationScoped
public class FileStore {

    @Inject
    PortalConfig config;

    /** Stores the bytes under {@code <area>/<site>/} and returns the relative path. */
    public String store(String area, long siteId, String extension, byte[] data) {
        String relative = area + "/" + siteId + "/" + UUID.randomUUID() + "." + extension;
        Path target = resolve(relative).orElseThrow();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temp, data);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code data} under a name derived from a stored file (a copy of another size), atomically:
     * a reader sees the whole file or none, and two servers writing the same copy leave one of them.
     */
    public Path storeAt(String relative, byte[] data) {
        Path target = resolve(relative).orElseThrow(() -> new IllegalArgumentException("outside the store: " + relative));
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "copy", ".part");
            Files.write(temp, data);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file of a stored relative path, if there is one inside the store (a file nothing refers to any more). */
    public void delete(String relative) {
        resolve(relative).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file for a stored relative path, if it exists and lies inside the store. */
    public Optional<Path> resolve(String relative) {
        Path root = config.storageDir().toAbsolutePath().normalize();
        Path path = root.resolve(relative).normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    }
}
