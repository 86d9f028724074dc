package vn.edu.portal.content.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import vn.edu.portal.content.Album;
import vn.edu.portal.content.AlbumService;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;
import vn.edu.portal.security.web.StaffContext;

/** Photo albums of a site: the list, one album's details (?id=) and its photos. */
@Named
@ViewScoped
public class AlbumsPage implements Serializable {

    @Inject
    transient vn.edu.portal.content.web.Editorial editorial;

    @Inject
    transient AdminShell shell;

    @Inject
    transient AlbumService albums;

    @Inject
    transient MediaService media;

    private Long id;
    private String title;
    private String description;
    private boolean published = true;
    private String caption;
    private transient Part photo;

    @PostConstruct
    void init() {
        // Those who may not publish start (and stay) with a draft.
        published = editorial.isCanPublish();
        shell.requested("id", "album", a -> albums.find(shell.staff().siteId(), a)).ifPresent(this::load);
    }

    private void load(Album album) {
        id = album.getId();
        title = album.getTitle();
        description = album.getDescription();
        published = album.isPublished();
    }

    public List<Album> getAlbums() {
        return albums.all(shell.staff().siteId());
    }

    /** The photos as drawn: their buttons act on the photos the user saw ({@link vn.edu.portal.platform.AsDrawn}). */
    public List<AlbumService.Photo> getPhotos() {
        return id == null ? List.of() : photos.get(() -> albums.photos(id));
    }

    private final vn.edu.portal.platform.AsDrawn<AlbumService.Photo> photos = new vn.edu.portal.platform.AsDrawn<>();

    /**
     * Whether the album went online since the page was opened, for one who may not change an album online: said, and the
     * page then shows it as online (the action answered a bare 403, and the chosen photo or the typed title was lost).
     */
    private boolean publishedMeanwhile() {
        if (id == null || editorial.isCanPublish() || !albums.find(shell.staff().siteId(), id).map(Album::isPublished).orElse(false)) {
            return false;
        }
        published = true;
        Texts.error("album.publishedMeanwhile");
        return true;
    }

    public void save() {
        StaffContext staff = shell.staff();
        editorial.refuseForgedPublish("album:published");
        if (publishedMeanwhile()) {
            return;
        }
        try {
            load(albums.save(staff.siteId(), id, title, description, published, editorial.isCanPublish(), staff.username(), staff.ip()));
            Texts.info("album.saved", title);
        } catch (FieldErrors e) {
            Texts.show("album", e);
        }
    }

    public void addPhoto() {
        StaffContext staff = shell.staff();
        if (publishedMeanwhile()) {
            return;
        }
        try {
            // A photo as a phone takes it (3-20 MB): resized on the server like a cover (album photos stopped at 5 MB).
            byte[] data = Uploads.read(photo, "photo", media.photoLimit());
            long mediaId = media.uploadPhoto(staff.siteId(), "photo", photo.getSubmittedFileName(), data,
                    staff.username()).getId();
            albums.addPhoto(staff.siteId(), id, mediaId, caption, editorial.isCanPublish(), staff.username(), staff.ip());
            caption = null;
            Texts.info("album.photoAdded");
        } catch (FieldErrors e) {
            Texts.show("photos", e);
        }
    }

    public void removePhoto(long photoId) {
        StaffContext staff = shell.staff();
        if (publishedMeanwhile()) {
            return;
        }
        albums.removePhoto(staff.siteId(), id, photoId, editorial.isCanPublish(), staff.username(), staff.ip());
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
}
