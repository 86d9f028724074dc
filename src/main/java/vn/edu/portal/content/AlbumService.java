package vn.edu.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.AuditLog;

/** Photo albums of one site at a time: every method takes the site id. */
@ApplicationScoped
public class AlbumService {

    /** A photo as pages show it. */
    public record Photo(long id, String url, String thumbUrl, String caption, Integer width, Integer height,
                        Picture picture) {
        public long getId() { return id; }
        public Picture getPicture() { return picture; }
        public String getUrl() { return url; }
        public String getThumbUrl() { return thumbUrl; }
        public String getCaption() { return caption; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaService media;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    public Optional<Album> find(long siteId, long id) {
        return Optional.ofNullable(em.find(Album.class, id)).filter(a -> a.getSiteId() == siteId);
    }

    public List<Album> all(long siteId) {
        return em.createQuery("select a from Album a where a.siteId = :s order by a.createdAt desc", Album.class)
                .setParameter("s", siteId).getResultList();
    }

    public List<Album> published(long siteId) {
        return em.createQuery("select a from Album a where a.siteId = :s and a.published = true order by a.createdAt desc",
                Album.class).setParameter("s", siteId).getResultList();
    }

    public Optional<Album> publishedBySlug(long siteId, String slug) {
        return em.createQuery("select a from Album a where a.siteId = :s and a.slug = :slug and a.published = true",
                Album.class).setParameter("s", siteId).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Transactional
    public Album save(long siteId, Long id, String title, String description, boolean published, boolean mayPublish,
                      String actor, String ip) {
        Publishing.require(mayPublish, id != null && find(siteId, id).map(Album::isPublished).orElse(false), published,
                "album " + (id == null ? "(new)" : id));
        FieldErrors errors = new FieldErrors();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add("title", "validation.required");
        } else if (cleanTitle.length() > 300) {
            errors.add("title", "validation.tooLong", 300);
        }
        if (description != null && description.strip().length() > 1000) {
            errors.add("description", "validation.tooLong", 1000);
        }
        Publishing.refusePersonalIds(errors, "title", cleanTitle);
        Publishing.refusePersonalIds(errors, "description", description);
        errors.throwIfAny();
        String desc = description == null || description.isBlank() ? null : description.strip();
        Album album;
        if (id == null) {
            String slug = ArticleService.slugify(cleanTitle);
            String candidate = slug;
            for (int n = 2; publishedOrNotBySlug(siteId, candidate).isPresent(); n++) {
                candidate = slug + "-" + n;
            }
            album = new Album(siteId, candidate, cleanTitle, desc, published);
            em.persist(album);
        } else {
            album = find(siteId, id).orElseThrow(() -> new SecurityException("album of another site"));
            album.edit(album.getSlug(), cleanTitle, desc, published);
        }
        audit.record(actor, siteId, id == null ? "album.create" : "album.save", cleanTitle, ip);
        changed.fire(new ContentChanged(siteId, "album:" + album.getId()));
        return album;
    }

    /** Adds an uploaded image (already in the site's media library) to an album. */
    @Transactional
    public void addPhoto(long siteId, long albumId, long mediaId, String caption, boolean mayPublish, String actor, String ip) {
        Album album = find(siteId, albumId).orElseThrow(() -> new SecurityException("album of another site"));
        Publishing.require(mayPublish, album.isPublished(), false, "album " + albumId);
        MediaFile image = media.find(siteId, mediaId).orElseThrow(() -> new SecurityException("media of another site"));
        if (image.getKind() != MediaFile.Kind.IMAGE) {
            throw FieldErrors.of("photo", "upload.notImage");
        }
        if (caption != null && caption.strip().length() > 300) {
            throw FieldErrors.of("caption", "validation.tooLong", 300);
        }
        long count = em.createQuery("select count(p) from AlbumPhoto p where p.albumId = :a", Long.class)
                .setParameter("a", albumId).getSingleResult();
        em.persist(new AlbumPhoto(albumId, mediaId, caption == null || caption.isBlank() ? null : caption.strip(), (int) count));
        audit.record(actor, siteId, "album.addPhoto", album.getTitle(), ip);
        changed.fire(new ContentChanged(siteId, "album:" + albumId));
    }

    @Transactional
    public void removePhoto(long siteId, long albumId, long photoId, boolean mayPublish, String actor, String ip) {
        Album album = find(siteId, albumId).orElseThrow(() -> new SecurityException("album of another site"));
        Publishing.require(mayPublish, album.isPublished(), false, "album " + albumId);
        em.createQuery("delete from AlbumPhoto p where p.id = :id and p.albumId = :a")
                .setParameter("id", photoId).setParameter("a", albumId).executeUpdate();
        audit.record(actor, siteId, "album.removePhoto", String.valueOf(photoId), ip);
        changed.fire(new ContentChanged(siteId, "album:" + albumId));
    }

    public List<Photo> photos(long albumId) {
        List<AlbumPhoto> photos = em.createQuery("select p from AlbumPhoto p where p.albumId = :a order by p.position, p.id",
                AlbumPhoto.class).setParameter("a", albumId).getResultList();
        if (photos.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaFile> files = em.createQuery("select m from MediaFile m where m.id in :ids", MediaFile.class)
                .setParameter("ids", photos.stream().map(AlbumPhoto::getMediaId).toList()).getResultList().stream()
                .collect(Collectors.toMap(MediaFile::getId, Function.identity()));
        return photos.stream().filter(p -> files.containsKey(p.getMediaId())).map(p -> {
            MediaFile m = files.get(p.getMediaId());
            return new Photo(p.getId(), m.url(), m.thumbUrl(), p.getCaption(), m.getWidth(), m.getHeight(), Picture.of(m));
        }).toList();
    }

    private Optional<Album> publishedOrNotBySlug(long siteId, String slug) {
        return em.createQuery("select a from Album a where a.siteId = :s and a.slug = :slug", Album.class)
                .setParameter("s", siteId).setParameter("slug", slug).getResultStream().findFirst();
    }
}
