package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import vn.edu.portal.platform.DocumentUpload;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.FileStore;
import vn.edu.portal.platform.ImageUpload;
import vn.edu.portal.platform.ImageVariants;
import vn.edu.portal.platform.Photos;
import vn.edu.portal.platform.PortalConfig;
import vn.edu.portal.platform.AuditLog;

/**
 * The media library of each site: images (with a thumbnail) and documents, checked by content,
 * within size limits and the site's quota, stored outside the web root under random names.
 */
@ApplicationScoped
public class MediaService {

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.inject.Instance<MediaUsage> usages;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** One writer per copy; at most two copies made at once, so a page of new pictures cannot take every core. */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> variantLocks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.Semaphore variantPermits = new java.util.concurrent.Semaphore(2);

    public long imageLimit() {
        return config.getLong("portal.media.image.max-bytes", 5L * 1024 * 1024);
    }

    public long fileLimit() {
        return config.getLong("portal.media.file.max-bytes", 20L * 1024 * 1024);
    }

    /** The largest photo accepted before it is resized: phones write 3–20 MB (the servlet takes 20 MiB a file). */
    public long photoLimit() {
        return config.getLong("portal.media.photo.max-bytes", 20L * 1024 * 1024);
    }

    /** The long side, in pixels, of a photo once resized for the web. */
    public int photoMaxSide() {
        return (int) Math.max(320, Math.min(4096, config.getLong("portal.media.photo.max-side", 1600)));
    }

    /**
     * A logo as a phone gives it: a photo of several MB fitted first (upright, at most 512 pixels, without its
     * metadata), a small PNG kept as it is; it was refused over 1 MB.
     */
    public byte[] fitLogo(byte[] data) {
        return Photos.fit("logo", data, 512, photoLimit());
    }

    public long quota() {
        return config.getLong("portal.media.quota-mb", 500) * 1024 * 1024;
    }

    public long used(long siteId) {
        // SUM comes back as Long or BigDecimal depending on the database
        Object used = em.createQuery("select sum(m.sizeBytes) from MediaFile m where m.siteId = :s")
                .setParameter("s", siteId).getSingleResult();
        return used == null ? 0 : ((Number) used).longValue();
    }

    /** Stores an image; {@code field} names the form field for error messages. */
    @Transactional
    public MediaFile uploadImage(long siteId, String field, String fileName, byte[] data, String actor) {
        ImageUpload.Accepted image = ImageUpload.check(field, data, imageLimit());
        checkQuota(siteId, field, data.length);
        BufferedImage decoded = image.image();
        byte[] thumb;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(decoded).size(480, 320).outputFormat("jpg").outputQuality(0.8).toOutputStream(out);
            thumb = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw FieldErrors.of(field, "upload.notImage");
        }
        String stored = files.store("media", siteId, image.extension(), data);
        String thumbPath = files.store("media", siteId, "jpg", thumb);
        MediaFile media = new MediaFile(siteId, MediaFile.Kind.IMAGE, displayName(fileName, image.extension()),
                stored, image.contentType(), data.length, decoded.getWidth(), decoded.getHeight(), thumbPath, actor);
        em.persist(media);
        audit.record(actor, siteId, "media.upload", media.getDisplayName(), null);
        return media;
    }

    /**
     * Stores a photo for an article (its cover or a picture in its text), resized on the server
     * first: upright, at most {@link #photoMaxSide()} pixels, without the phone's metadata
     * ({@link Photos}). The quota counts the resized size.
     */
    @Transactional
    public MediaFile uploadPhoto(long siteId, String field, String fileName, byte[] data, String actor) {
        return uploadImage(siteId, field, fileName, Photos.fit(field, data, photoMaxSide(), photoLimit()), actor);
    }

    /**
     * Stores an image or a document (PDF, Word, Excel), whichever the bytes are. An image is a photo
     * ({@link #uploadPhoto}): a phone's several MB taken and fitted, and never published with the
     * place it was taken (the library's files are public once used on a page).
     */
    @Transactional
    public MediaFile upload(long siteId, String field, String fileName, byte[] data, String actor) {
        if (ImageUpload.isImageType(data)) {
            return uploadPhoto(siteId, field, fileName, data, actor);
        }
        DocumentUpload.Accepted document = DocumentUpload.check(field, data, fileLimit());
        checkQuota(siteId, field, data.length);
        String stored = files.store("media", siteId, document.extension(), data);
        MediaFile media = new MediaFile(siteId, MediaFile.Kind.FILE, displayName(fileName, document.extension()),
                stored, document.contentType(), data.length, null, null, null, actor);
        em.persist(media);
        audit.record(actor, siteId, "media.upload", media.getDisplayName(), null);
        return media;
    }

    public Optional<MediaFile> find(long siteId, long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id)).filter(m -> m.getSiteId() == siteId);
    }

    /** The file behind a public address {@code /files/m/<site>/<name>}. */
    public Optional<MediaFile> byStoredName(long siteId, String name) {
        String path = "media/" + siteId + "/" + name;
        return em.createQuery("select m from MediaFile m where m.siteId = :s and (m.storedPath = :p or m.thumbPath = :p)",
                        MediaFile.class).setParameter("s", siteId).setParameter("p", path)
                .getResultStream().findFirst();
    }

    /**
     * A copy of an image of this site, {@code width} pixels wide, as JPEG or WebP: made from the
     * original the first time it is asked for, then read from the store. Empty unless the image
     * exists and the width is one its pages offer ({@link Picture#widths()}).
     */
    public Optional<Path> variant(long siteId, String uuid, int width, String format) {
        boolean webp = format.equals("webp");
        if (webp && !ImageVariants.webpAvailable()) {
            return Optional.empty();
        }
        Optional<MediaFile> image = em.createQuery("select m from MediaFile m where m.siteId = :s and m.storedPath like :p",
                        MediaFile.class).setParameter("s", siteId).setParameter("p", "media/" + siteId + "/" + uuid + ".%")
                .getResultStream().filter(m -> m.getKind() == MediaFile.Kind.IMAGE && m.getWidth() != null).findFirst();
        if (image.isEmpty() || !ImageVariants.offered(width, image.get().getWidth())) {
            return Optional.empty();
        }
        String relative = "media/" + siteId + "/" + uuid + "-w" + width + "." + format;
        Optional<Path> done = files.resolve(relative).filter(Files::isRegularFile);
        if (done.isPresent()) {
            return done;
        }
        Object lock = variantLocks.computeIfAbsent(relative, k -> new Object());
        synchronized (lock) {
            try {
                done = files.resolve(relative).filter(Files::isRegularFile);
                if (done.isPresent()) {
                    return done;
                }
                Optional<Path> original = files.resolve(image.get().getStoredPath()).filter(Files::isRegularFile);
                if (original.isEmpty()) {
                    return Optional.empty();
                }
                variantPermits.acquireUninterruptibly();
                try {
                    BufferedImage decoded = ImageIO.read(original.get().toFile());
                    if (decoded == null) {
                        return Optional.empty();
                    }
                    BufferedImage scaled = ImageVariants.scaled(decoded, Math.min(width, decoded.getWidth()));
                    byte[] bytes = ImageVariants.encodeCopy(scaled, webp);
                    Path stored = files.storeAt(relative, bytes);
                    if (em.createQuery("select count(m) from MediaFile m where m.id = :id", Long.class)
                            .setParameter("id", image.get().getId()).getSingleResult() == 0) {
                        // Deleted while this copy was made: its bytes leave with it.
                        Files.deleteIfExists(stored);
                        return Optional.empty();
                    }
                    return Optional.of(stored);
                } finally {
                    variantPermits.release();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                variantLocks.remove(relative, lock);
            }
        }
    }

    /**
     * Whether a file is this site's: true if it is, false if it is gone (deleted from the library);
     * another site's is a {@link SecurityException}.
     */
    public boolean ownOrGone(long siteId, long id) {
        MediaFile file = em.find(MediaFile.class, id);
        if (file != null && file.getSiteId() != siteId) {
            throw new SecurityException("media of another site");
        }
        return file != null;
    }

    /** Every place of this site that shows the file ({@link MediaUsage}), in the order the features answer. */
    public List<MediaUsage.Use> uses(long siteId, MediaFile file) {
        return usages.stream().flatMap(u -> u.uses(siteId, file).stream()).toList();
    }

    /**
     * Deletes a file of the library, and with it every copy of it the server made (thumbnail, each
     * width and format): its addresses answer 404 from the moment the deletion is committed, and the
     * bytes leave the store then (a photo of a child put up by mistake must be gone, not unlisted).
     * A file still shown somewhere is refused ({@link InUse}, naming the places), a file of another
     * site is a {@link SecurityException}.
     */
    @Transactional
    public Optional<MediaFile> delete(long siteId, long id, String actor, String ip) {
        if (!ownOrGone(siteId, id)) {
            // Deleted already (a double click, a colleague): nothing to do.
            return Optional.empty();
        }
        MediaFile file = em.find(MediaFile.class, id);
        List<MediaUsage.Use> uses = uses(siteId, file);
        if (!uses.isEmpty()) {
            throw new InUse(file.getDisplayName(), uses);
        }
        List<String> stored = new java.util.ArrayList<>();
        stored.add(file.getStoredPath());
        if (file.getThumbPath() != null) {
            stored.add(file.getThumbPath());
        }
        em.remove(file);
        audit.record(actor, siteId, "media.delete", file.getDisplayName(), ip);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    removeStored(stored);
                }
            }
        });
        return Optional.of(file);
    }

    /** A file that cannot be deleted yet: the places that still show it. */
    public static class InUse extends RuntimeException {
        private final transient List<MediaUsage.Use> uses;

        InUse(String name, List<MediaUsage.Use> uses) {
            super(name);
            this.uses = uses;
        }

        public List<MediaUsage.Use> uses() {
            return uses;
        }
    }

    /** The stored files and, beside each, the copies made of it ({@code <name>-w<width>.<format>}). */
    private void removeStored(List<String> stored) {
        for (String relative : stored) {
            files.resolve(relative).ifPresent(path -> {
                String name = path.getFileName().toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                try (java.nio.file.DirectoryStream<Path> copies = Files.newDirectoryStream(path.getParent(), base + "-w*")) {
                    for (Path copy : copies) {
                        Files.deleteIfExists(copy);
                    }
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    java.util.logging.Logger.getLogger(MediaService.class.getName()).log(java.util.logging.Level.WARNING,
                            "A deleted file stayed in the store (its address answers 404): " + relative, e);
                }
            });
        }
    }

    public List<MediaFile> list(long siteId, int max) {
        return em.createQuery("select m from MediaFile m where m.siteId = :s order by m.createdAt desc", MediaFile.class)
                .setParameter("s", siteId).setMaxResults(max).getResultList();
    }

    private void checkQuota(long siteId, String field, long size) {
        if (used(siteId) + size > quota()) {
            throw FieldErrors.of(field, "upload.quota", quota() / 1024 / 1024);
        }
    }

    /**
     * The name shown to readers: the last path segment of what the browser sent, without control
     * characters, with the extension of the detected type (never the sender's).
     */
    static String displayName(String fileName, String extension) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"'`]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "tep";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + extension;
    }
}
