package vn.edu.portal.content.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import vn.edu.portal.content.ArticleAutosave;
import vn.edu.portal.content.ArticleDrafts;
import vn.edu.portal.content.MediaFile;
import vn.edu.portal.content.MediaService;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.platform.Uploads;
import vn.edu.portal.security.web.AdminShell;

/**
 * What the editor's script calls in the background on the article form ({@link ArticleEditPage}, the
 * same view): the autosave of what is typed every few seconds, kept by {@link ArticleDrafts}, and the
 * photos uploaded as soon as they are chosen, pasted or dropped, resized on the server. Each answers
 * in a small fragment the script reads (time saved or error; the photo's addresses or error).
 */
@Named
@ViewScoped
public class ArticleEditorScript implements Serializable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.VIETNAM);

    @Inject
    transient AdminShell shell;

    @Inject
    transient ArticleDrafts drafts;

    @Inject
    transient MediaService media;

    @Inject
    ArticleEditPage page;

    private transient Part photo;
    private String autosavedAt;
    private String autosaveError;
    private String photoUrl;
    private String photoThumb;
    private Long photoMedia;
    private String photoError;

    /** Keeps what is typed (the script calls this every few seconds); nothing is checked but the site. */
    public void autosave() {
        autosaveError = null;
        if (!page.isEditable()) {
            // A published article only an approver may change: typing into it would be kept for nothing.
            autosaveError = Texts.get("article.publishedNeedsApprover");
            return;
        }
        try {
            ArticleAutosave copy = drafts.keep(shell.staff().siteId(), shell.staff().username(), page.getId(),
                    page.getFields().typed());
            autosavedAt = CLOCK.format(copy.getSavedAt());
        } catch (FieldErrors e) {
            FieldErrors.Error error = e.errors().values().iterator().next();
            autosaveError = Texts.get(error.key(), error.args());
        }
    }

    /** A cover photo chosen in the form, uploaded at once and resized on the server. */
    public void uploadCover() {
        if (storePhoto()) {
            page.getFields().setCoverId(photoMedia);
        }
    }

    /** A photo pasted, dropped or chosen for the text, uploaded at once; the script inserts its address. */
    public void uploadInline() {
        storePhoto();
    }

    private boolean storePhoto() {
        photoError = null;
        photoUrl = null;
        try {
            MediaFile stored = media.uploadPhoto(shell.staff().siteId(), "photo",
                    photo == null ? null : photo.getSubmittedFileName(), Uploads.read(photo, "photo", media.photoLimit()),
                    shell.staff().username());
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            photoUrl = context + stored.url();
            photoThumb = context + stored.thumbUrl();
            photoMedia = stored.getId();
            return true;
        } catch (FieldErrors e) {
            FieldErrors.Error error = e.errors().values().iterator().next();
            photoError = Texts.get(error.key(), error.args());
            return false;
        }
    }

    public long getPhotoLimit() {
        return media.photoLimit();
    }

    /** What the script says, before uploading, about a photo over the limit. */
    public String getPhotoTooLarge() {
        return Texts.get("photo.tooLarge", Math.max(1, media.photoLimit() / 1024 / 1024));
    }

    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public String getAutosavedAt() { return autosavedAt; }
    public String getAutosaveError() { return autosaveError; }
    public String getPhotoUrl() { return photoUrl; }
    public String getPhotoThumb() { return photoThumb; }
    public Long getPhotoMedia() { return photoMedia; }
    public String getPhotoError() { return photoError; }
}
